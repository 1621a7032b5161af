"""Tables: the remedies (and medicines) table sorts and filters, on a fresh load and after
instant navigation.

Material's instant navigation swaps pages without reloading, so a table script that only
runs on page load silently stops working (tech anchors, pitfall 10); the second test arrives
at the table that way and checks that the page really was not reloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .checkers import filter_problems, sort_problems

pytestmark = pytest.mark.browser

TABLE = "#remedies-table"
SORTS = ["Remedy", "Does it help?", "How sure?", "Safety"]
FILTERS = ["When", "Does it help?", "How sure?", "Safety"]


@dataclass(frozen=True)
class Table:
    """A sortable, filterable table: where it is, and the columns a reader sorts and filters."""

    path: str
    selector: str
    sorts: Sequence[str]
    filters: Sequence[str]


REMEDIES = Table("remedies/", TABLE, SORTS, FILTERS)
MEDICINES = Table(
    "medicines/",
    "#medicines-table",
    ["Medicine", "Group", "Link with cramps"],
    ["Link with cramps"],
)


def table_problems(page: Page, table: Table = REMEDIES) -> list[str]:
    """Every sort and every filter choice of a table, as a reader would use them."""
    try:
        page.wait_for_selector(f"{table.selector} thead button", state="attached", timeout=5_000)
    except PlaywrightTimeoutError:
        return ["the table has no sort buttons: the table script did not run on this page"]
    problems: list[str] = []
    for header in table.sorts:
        problems += sort_problems(page, table.selector, header)
    for header in table.filters:
        choices = (
            page.get_by_label(header, exact=True)
            .locator("option")
            .evaluate_all("options => options.map(o => o.value).filter(Boolean)")
        )
        if not choices:
            problems.append(f"the {header!r} filter offers no choices")
        for value in choices:
            problems += filter_problems(page, table.selector, header, value)
    return problems


def arrive_by_instant_navigation(page: Page, site_url: str, start: str, path: str) -> None:
    """Load `start`, then follow its link to `path` as a reader does; fail on a reload."""
    page.goto(site_url + start, wait_until="load")
    page.evaluate("window.__notReloaded = true")
    page.locator(f"article a[href$='{path}']").first.click()
    page.wait_for_url(site_url + path)
    page.wait_for_selector("[data-nc-table]", state="attached")
    assert page.evaluate("window.__notReloaded === true"), "the link reloaded the page"


@pytest.mark.parametrize("table", [REMEDIES, MEDICINES], ids=lambda t: t.path.strip("/"))
def test_table_sorts_and_filters(page: Page, site_url: str, table: Table) -> None:
    page.goto(site_url + table.path, wait_until="load")
    problems = table_problems(page, table)
    assert not problems, problems


@pytest.mark.parametrize("table", [REMEDIES, MEDICINES], ids=lambda t: t.path.strip("/"))
def test_table_works_after_instant_navigation(page: Page, site_url: str, table: Table) -> None:
    arrive_by_instant_navigation(page, site_url, "", table.path)
    problems = table_problems(page, table)
    assert not problems, problems


def test_remedies_table_works_after_going_away_and_back(page: Page, site_url: str) -> None:
    arrive_by_instant_navigation(page, site_url, "", REMEDIES.path)
    page.locator(f"{TABLE} a").first.click()
    page.wait_for_function("() => !document.querySelector('#remedies-table')")
    page.go_back()
    page.wait_for_selector(TABLE, state="attached")
    problems = table_problems(page)
    assert not problems, problems
