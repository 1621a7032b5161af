"""Tables: the remedies table sorts and filters, on a fresh load and after instant navigation.

Material's instant navigation swaps pages without reloading, so a table script that only
runs on page load silently stops working (tech anchors, pitfall 10); the second test arrives
at the table that way and checks that the page really was not reloaded.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .checkers import filter_problems, sort_problems

pytestmark = pytest.mark.browser

TABLE = "#remedies-table"
SORTS = ["Remedy", "Does it help?", "How sure?", "Safety"]
FILTERS = ["When", "Does it help?", "How sure?", "Safety"]


def table_problems(page: Page) -> list[str]:
    """Every sort and every filter choice of the remedies table, as a reader would use them."""
    try:
        page.wait_for_selector(f"{TABLE} thead button", state="attached", timeout=5_000)
    except PlaywrightTimeoutError:
        return ["the table has no sort buttons: the table script did not run on this page"]
    problems: list[str] = []
    for header in SORTS:
        problems += sort_problems(page, TABLE, header)
    for header in FILTERS:
        choices = (
            page.get_by_label(header, exact=True)
            .locator("option")
            .evaluate_all("options => options.map(o => o.value).filter(Boolean)")
        )
        if not choices:
            problems.append(f"the {header!r} filter offers no choices")
        for value in choices:
            problems += filter_problems(page, TABLE, header, value)
    return problems


def arrive_by_instant_navigation(page: Page, site_url: str, start: str, link: str) -> None:
    """Load `start`, then follow a link in the page the way a reader does; fail on a reload."""
    page.goto(site_url + start, wait_until="load")
    page.evaluate("window.__notReloaded = true")
    page.locator(link).first.click()
    page.wait_for_url(f"{site_url}remedies/")
    page.wait_for_selector(TABLE, state="attached")
    assert page.evaluate("window.__notReloaded === true"), "the link reloaded the page"


def test_remedies_table_sorts_and_filters(page: Page, site_url: str) -> None:
    page.goto(site_url + "remedies/", wait_until="load")
    problems = table_problems(page)
    assert not problems, problems


def test_remedies_table_works_after_instant_navigation(page: Page, site_url: str) -> None:
    arrive_by_instant_navigation(page, site_url, "", "article a[href$='remedies/']")
    problems = table_problems(page)
    assert not problems, problems


def test_remedies_table_works_after_going_away_and_back(page: Page, site_url: str) -> None:
    arrive_by_instant_navigation(page, site_url, "", "article a[href$='remedies/']")
    page.locator(f"{TABLE} a").first.click()
    page.wait_for_function("!document.querySelector('#remedies-table')")
    page.go_back()
    page.wait_for_selector(TABLE, state="attached")
    problems = table_problems(page)
    assert not problems, problems
