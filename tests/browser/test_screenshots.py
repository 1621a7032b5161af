"""Screenshots of the key pages at phone and desktop width, light and dark, for people to look at.

They are written to artifacts/screenshots/ (not committed; CI keeps them as an artifact). The
test only checks that each was taken and is not blank.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from .chromium import DESKTOP, PHONE
from .site import render_everything

pytestmark = pytest.mark.browser

KEY_PAGES = {
    "home": "",
    "first-aid": "first-aid/",
    "get-help": "get-help/",
    "remedies": "remedies/",
    "magnesium": "remedies/magnesium/",
    "quinine": "remedies/quinine/",
    "cramps-or-restless-legs": "cramps-or-restless-legs/",
    "night-card": "night-card/",
    "myths": "myths/",
    "calf-step": "stretches/calf-step/",
}

SIZES = {"375": PHONE, "1280": DESKTOP}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", SIZES)
def test_screenshots_of_key_pages(
    browser: Browser, site_url: str, screenshots_dir: Path, width: str, scheme: str
) -> None:
    context = browser.new_context(viewport=SIZES[width], color_scheme=scheme)
    try:
        page = context.new_page()
        for name, path in KEY_PAGES.items():
            page.goto(site_url + path, wait_until="load")
            render_everything(page)
            target = screenshots_dir / f"{name}-{width}-{scheme}.png"
            page.screenshot(path=target, full_page=True, animations="disabled")
            assert target.stat().st_size > 5_000, f"{target.name} looks blank"
    finally:
        context.close()
