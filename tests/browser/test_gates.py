"""The gates themselves: each checker fails on a page broken on purpose, and passes on a fine one.

The broken pages live in fixtures/ (see its README). They are crawled by the very same code
as the real site, so a gate that passes on the site is known to be able to fail. Gates that
only make sense on the real site (the table script, instant navigation) are shown to fail by
breaking the real site on its way to the browser: a script blocked or wrapped, a page changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

from .axe_allowlist import ALLOWLIST
from .checkers import (
    Allowed,
    ConsoleWatch,
    axe_problems,
    not_fully_visible,
    page_path,
    print_problems,
    search_problems,
)
from .chromium import DESKTOP, PHONE
from .conftest import BROKEN
from .crawl import (
    PageVisit,
    SiteCrawl,
    accessibility_problems,
    console_problems,
    crawl_site,
    full_load_pass,
    instant_pass,
    layout_problems,
    privacy_problems,
    readability_problems,
)
from .site import open_search, search
from .test_layout import FIRST_AID_CARD
from .test_tables import arrive_by_instant_navigation, table_problems

pytestmark = pytest.mark.browser

FINE = "fine.html"


@pytest.fixture(scope="module")
def broken(browser: Browser, broken_url: str) -> SiteCrawl:
    pages = sorted(p.name for p in BROKEN.glob("*.html"))
    return crawl_site(browser, broken_url, pages, instant=False)


def failing(problems: dict[str, list[str]]) -> set[str]:
    return {path for path in problems if path != "(whole site)"}


def test_the_fine_page_passes_every_gate(broken: SiteCrawl) -> None:
    for gate in (privacy_problems, console_problems, layout_problems, readability_problems):
        assert FINE not in gate(broken), gate.__name__
    for scheme in ("light", "dark"):
        assert FINE not in accessibility_problems(broken, scheme, ALLOWLIST)


def test_privacy_gate_reports_an_image_from_another_host(broken: SiteCrawl) -> None:
    problems = privacy_problems(broken)
    assert failing(problems) == {"external-image.html"}
    assert any("https://example.org/x.png" in p for p in problems["external-image.html"])


def test_privacy_gate_reports_a_cookie(broken: SiteCrawl) -> None:
    problems = privacy_problems(broken)
    assert any("visitor" in p for p in problems.get("(whole site)", []))


def test_layout_gate_reports_a_page_wider_than_a_phone(broken: SiteCrawl) -> None:
    problems = layout_problems(broken)
    assert failing(problems) == {"overflow.html"}
    assert "div.too-wide" in problems["overflow.html"][0]


def test_first_aid_gate_reports_a_card_below_the_first_screen(
    browser: Browser, broken_url: str
) -> None:
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(broken_url + "below-fold.html")
        assert not_fully_visible(page, FIRST_AID_CARD)
        page.goto(broken_url + FINE)
        assert not_fully_visible(page, FIRST_AID_CARD) == [f"nothing matches {FIRST_AID_CARD}"]
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_gate_reports_low_contrast(broken: SiteCrawl, scheme: str) -> None:
    problems = accessibility_problems(broken, scheme, ALLOWLIST)
    assert "low-contrast.html" in problems
    assert all(p.startswith("color-contrast") for p in problems["low-contrast.html"])


def test_accessibility_gate_checks_dark_mode_in_dark_mode(broken: SiteCrawl) -> None:
    assert "dark-low-contrast.html" not in accessibility_problems(broken, "light", ALLOWLIST)
    problems = accessibility_problems(broken, "dark", ALLOWLIST)
    assert problems["dark-low-contrast.html"][0].startswith("color-contrast")


def test_axe_allowlist_covers_only_what_it_names(broken: SiteCrawl) -> None:
    visit = next(v for v in broken.visits if v.path == "low-contrast.html")
    other_rule = Allowed("link-in-text-block", r"^p$", "a test entry")
    other_node = Allowed("color-contrast", r"^h1$", "a test entry")
    assert axe_problems(visit.axe["light"], [other_rule, other_node])
    used: set[Allowed] = set()
    entry = Allowed("color-contrast", r"^p$", "a test entry")
    assert not axe_problems(visit.axe["light"], [entry], used)
    assert used == {entry}


def test_health_gate_reports_console_errors_and_exceptions(broken: SiteCrawl) -> None:
    problems = console_problems(broken)
    assert "console-error.html" in problems
    found = " ".join(problems["console-error.html"])
    assert "something went wrong" in found and "notDefinedAnywhere" in found
    # The image that could not load is an error in the console too.
    assert "external-image.html" in problems


def test_health_gate_reports_content_that_needs_javascript(broken: SiteCrawl) -> None:
    problems = readability_problems(broken)
    assert "needs-js.html" in problems
    assert "the main heading is missing or hidden" in problems["needs-js.html"][0]


def test_print_gate_counts_pages(page: Page, broken_url: str) -> None:
    page.goto(broken_url + "two-pages.html")
    assert print_problems(page.pdf(format="A4")) == ["prints to 2 pages, not 1"]
    page.goto(broken_url + FINE)
    assert print_problems(page.pdf(format="A4")) == []


def test_search_gate_reports_a_page_missing_from_the_top_three() -> None:
    results = ["http://x/remedies/magnesium/?h=q", "http://x/", "http://x/myths/#a"]
    assert search_problems("magnesium", "remedies/magnesium/", results) == []
    assert search_problems("magnesium", "myths/", results) == []
    assert search_problems("magnesium", "remedies/quinine/", results)
    assert search_problems("magnesium", "", []) == [
        "'magnesium': expected (home) in the top 3, got []"
    ]


# --- gates that need the real site: it is broken on the way to the browser -----------------


def test_table_gate_reports_a_table_script_that_did_not_load(
    context: BrowserContext, site_url: str
) -> None:
    context.route("**/javascripts/tables.js", lambda route: route.abort())
    page = context.new_page()
    page.goto(site_url + "remedies/", wait_until="load")
    assert table_problems(page) == [
        "the table has no sort buttons: the table script did not run on this page"
    ]


def test_table_gate_reports_a_table_script_that_ignores_instant_navigation(
    context: BrowserContext, site_url: str
) -> None:
    """The classic mistake (tech anchors, pitfall 10): a script that only runs on page load.

    The real table script is served wrapped so that it cannot see the theme's document$ and
    falls back to running once, on load: it still works on a fresh load, not after a link.
    """

    def only_on_load(route: Route) -> None:
        script = route.fetch().text()
        route.fulfill(
            body=f"(function (document$) {{\n{script}\n}})(undefined);",
            content_type="text/javascript",
        )

    context.route("**/javascripts/tables.js", only_on_load)
    page = context.new_page()
    page.goto(site_url + "remedies/", wait_until="load")
    assert table_problems(page) == []
    arrive_by_instant_navigation(page, site_url, "", "remedies/")
    assert table_problems(page) == [
        "the table has no sort buttons: the table script did not run on this page"
    ]


def test_instant_navigation_gate_reports_a_script_that_breaks_the_swap(
    browser: Browser, site_url: str
) -> None:
    """The bug this gate first found: a JSON-LD object in the page body, which the theme runs
    as JavaScript when it swaps the page in (a syntax error; under the site's
    Content-Security-Policy the browser refuses the script instead, which it also reports).
    Here one is added to a real page in transit."""
    target = "remedies/magnesium/"
    context = browser.new_context()

    def add_json_ld_object(route: Route) -> None:
        response = route.fetch()
        block = '<script type="application/ld+json">{"@context":"https://schema.org"}</script>'
        body = response.text().replace("</article>", block + "</article>", 1)
        route.fulfill(response=response, body=body)

    try:
        context.route(site_url + target, add_json_ld_object)
        page = context.new_page()
        watch = ConsoleWatch().attach(page)
        record = PageVisit(target)
        current = [record]
        full_load_pass(page, site_url, [record], watch, current)
        assert record.console == []  # a full load ignores JSON-LD, as it should
        instant_pass(page, site_url, [record], watch, current, instant=True)
    finally:
        context.close()
    reported = ("Unexpected token", "Content Security Policy")
    assert any(any(r in p for r in reported) for p in record.instant), record.instant


def test_search_gate_reports_a_page_the_index_lost(browser: Browser, site_url: str) -> None:
    """The same search driver and checker as the query table, on a search index from which
    the magnesium page was dropped on its way to the browser's search worker."""
    context = browser.new_context(viewport=DESKTOP)

    def drop_magnesium(route: Route) -> None:
        index = route.fetch().json()
        index["docs"] = [
            doc for doc in index["docs"] if not doc["location"].startswith("remedies/magnesium/")
        ]
        route.fulfill(json=index)

    try:
        page = context.new_page()
        page.goto(site_url, wait_until="load")
        open_search(page)
        found = search(page, "magnesium")
        assert search_problems("magnesium", "remedies/magnesium/", found) == []
        context.route("**/search/search_index.json", drop_magnesium)
        page.reload(wait_until="load")
        open_search(page)
        found = search(page, "magnesium")
    finally:
        context.close()
    assert found, "search itself broke, which is not what this test is about"
    assert "remedies/magnesium/" not in {page_path(url) for url in found}
    assert search_problems("magnesium", "remedies/magnesium/", found)


def test_broken_pages_are_all_described() -> None:
    readme = (BROKEN / "README.md").read_text(encoding="utf-8")
    for page in BROKEN.glob("*.html"):
        assert f"`{page.name}`" in readme, page.name


def test_the_broken_pages_folder_is_served(broken: SiteCrawl) -> None:
    assert {v.path for v in broken.visits} == {p.name for p in Path(BROKEN).glob("*.html")}
