"""Print: the night card fits on exactly one sheet, A4 or US Letter, as Chromium prints it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from .checkers import print_problems

pytestmark = pytest.mark.browser

NIGHT_CARD = "night-card/"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_night_card_prints_on_one_page(page: Page, site_url: str, paper: str) -> None:
    page.goto(site_url + NIGHT_CARD, wait_until="load")
    # The margins a browser's print dialog uses by default.
    margin = {side: "10mm" for side in ("top", "right", "bottom", "left")}
    pdf = page.pdf(format=paper, margin=margin)
    assert not print_problems(pdf), print_problems(pdf)


def test_night_card_prints_its_steps_large_with_the_stretch_figure(
    page: Page, site_url: str
) -> None:
    """At 8.5 pt in three columns it was too small for an older reader at the bedside."""
    page.goto(site_url + NIGHT_CARD, wait_until="load")
    page.emulate_media(media="print")
    printed = page.evaluate(
        """() => [...document.querySelectorAll('.nc-night__aid li')]
             .filter((li) => li.getClientRects().length)
             .map((li) => parseFloat(getComputedStyle(li).fontSize))"""
    )
    assert printed, "no step of the night card prints"
    points = min(printed) * 72 / 96
    assert points >= 14, f"the smallest printed step is {points:.1f} pt, under 14 pt"
    assert page.locator(".nc-night__figure svg").is_visible(), "the stretch figure does not print"
