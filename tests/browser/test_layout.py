"""Layout on a phone: no page scrolls sideways at 375 px, every tap target is at least 24 px
(WCAG 2.2 target size), and the home page's first-aid card fits on the first screen, for the
reader woken by a cramp at 3 a.m."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from .checkers import not_fully_visible
from .chromium import PHONE
from .crawl import SiteCrawl, layout_problems, report, target_problems

pytestmark = pytest.mark.browser

FIRST_AID_CARD = ".nc-now"


def test_no_page_scrolls_sideways_on_a_phone(crawl: SiteCrawl) -> None:
    problems = layout_problems(crawl)
    assert not problems, report(problems)


def test_every_tap_target_is_at_least_24_px_on_a_phone(crawl: SiteCrawl) -> None:
    problems = target_problems(crawl)
    assert not problems, report(problems)


def test_first_aid_card_is_on_the_first_screen_of_the_home_page(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    try:
        page = context.new_page()
        page.goto(site_url, wait_until="load")
        problems = not_fully_visible(page, FIRST_AID_CARD)
        steps = page.locator(f"{FIRST_AID_CARD} li").count()
        if steps < 2:
            problems.append(f"the card shows {steps} step(s): it should say what to do")
    finally:
        context.close()
    assert not problems, problems
