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
