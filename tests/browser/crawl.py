"""Every page visited a few ways, recording on the way what the per-page gates check.

Crawling once and letting each gate test assert on the records keeps the suite fast on a
small machine. Three passes, all in one browser:

1. Full loads, JavaScript on, desktop width, light mode: the requests each page makes,
   console errors, its heading and text; then the window narrows to a phone's width and we
   measure sideways scrolling.
2. Instant navigation through every page, as a reader following links moves (Material swaps
   the page in without a reload): errors on the way and whether the right page arrived; then
   axe-core in light mode and, after switching the system setting to dark, in dark mode.
   Running axe here keeps it loaded and warm between pages, which halves the suite's time;
   a page that fails to arrive this way is fully loaded for axe instead.
3. Full loads with JavaScript off: each page's main content as such a reader sees it.

The gate tests then assert on these records with the checkers from checkers.py, the same
functions that the deliberately broken pages in fixtures/ are shown to fail.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import Browser, Page
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .checkers import (
    Allowed,
    ConsoleWatch,
    axe_problems,
    cookie_problems,
    foreign_requests,
    main_text,
    run_axe,
    sideways_overflow,
    unreadable,
)
from .chromium import DESKTOP, PHONE
from .site import set_scheme


@dataclass
class PageVisit:
    """What one page did and showed."""

    path: str
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    axe: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by colour scheme
    overflow: list[str] = field(default_factory=list)
    text_length: int = 0
    heading: str = ""
    instant: list[str] = field(default_factory=list)
    without_js: dict[str, Any] = field(default_factory=dict)


@dataclass
class SiteCrawl:
    origin: str
    visits: list[PageVisit]
    cookies: list[dict[str, Any]]
    seconds: dict[str, float]  # by pass


def full_load_pass(
    page: Page,
    origin: str,
    visits: Sequence[PageVisit],
    watch: ConsoleWatch,
    current: list[PageVisit],
) -> None:
    for record in visits:
        current[0] = record
        page.set_viewport_size(DESKTOP)
        page.goto(origin + record.path, wait_until="load")
        text = main_text(page)
        record.text_length, record.heading = len(text["text"]), text["h1"]
        page.set_viewport_size(PHONE)
        page.wait_for_function(f"() => document.documentElement.clientWidth <= {PHONE['width']}")
        record.overflow = sideways_overflow(page)
        record.console = watch.take()


def check_accessibility(page: Page, record: PageVisit) -> None:
    """axe-core in light mode, then in dark mode as a reader's system setting gives it."""
    set_scheme(page, "light")
    record.axe["light"] = run_axe(page)
    set_scheme(page, "dark")
    record.axe["dark"] = run_axe(page)
    set_scheme(page, "light")


_INSTANT_START_JS = """
(url) => {
  // Follow a link as a reader does: a click on a link in the page, which the theme
  // intercepts. When document$ emits the swapped-in page, its heading is left on window.
  if (typeof document$ === "undefined") return false;
  window.__ncArrived = null;
  let first = true;
  const subscription = document$.subscribe(() => {
    if (first) { first = false; return; }  // document$ replays the current page
    setTimeout(() => subscription.unsubscribe());
    const h1 = document.querySelector("article h1");
    window.__ncArrived = { heading: h1 ? h1.innerText.trim() : "" };
  });
  const link = document.createElement("a");
  link.href = url;
  link.textContent = "next page";
  document.querySelector("article").appendChild(link);
  link.click();
  return true;
}
"""

INSTANT_TIMEOUT_MS = 10_000


def follow_link(page: Page, url: str) -> tuple[dict[str, Any] | None, list[str]]:
    """Instant-navigate to `url`: what arrived (its heading), or why nothing did.

    Waiting is done with a time limit and survives a full reload (the theme falls back to one
    when a swap fails), which then shows up as the page not having arrived by instant loading.
    """
    if not page.evaluate(_INSTANT_START_JS, url):
        return None, ["the theme's instant navigation is not running"]
    try:
        page.wait_for_function(
            "() => window.__ncArrived !== null && window.__ncArrived !== undefined",
            polling=50,
            timeout=INSTANT_TIMEOUT_MS,
        )
    except PlaywrightTimeoutError:
        page.wait_for_load_state("load")
        if not page.evaluate("window.__notReloaded === true"):
            return None, ["the page was reloaded instead of swapped in"]
        return None, [f"the page did not arrive within {INSTANT_TIMEOUT_MS} ms"]
    return page.evaluate("window.__ncArrived"), []


def instant_pass(
    page: Page,
    origin: str,
    visits: Sequence[PageVisit],
    watch: ConsoleWatch,
    current: list[PageVisit],
    instant: bool,
) -> None:
    """Move through every page with instant navigation, checking each as it arrives.

    For each page: the swap happened without a reload, without errors, and shows the
    heading the full load showed. Then axe runs on it. With `instant` off (plain pages
    without the theme, such as the broken-page fixtures) every page is fully loaded instead.
    """
    page.set_viewport_size(DESKTOP)
    page.emulate_media(color_scheme="light")
    # Start from the last page, so that the first link leads somewhere else.
    start = visits[-1].path if len(visits) > 1 else ""
    page.goto(origin + start, wait_until="load")
    page.evaluate("window.__notReloaded = true")
    watch.take()
    for record in visits:
        current[0] = record
        problems: list[str] = []
        if instant:
            try:
                problems = arrival_problems(page, origin + record.path, record.heading)
            except PlaywrightError as error:  # the page was replaced while we looked at it
                page.wait_for_load_state("load")
                problems = [f"the page was reloaded instead of swapped in ({error.message})"]
        record.instant = problems + watch.take()
        if problems or not instant:
            page.goto(origin + record.path, wait_until="load")
            watch.take()
        check_accessibility(page, record)
        if problems:  # start the next page from a clean full load
            page.evaluate("window.__notReloaded = true")


def arrival_problems(page: Page, url: str, heading: str) -> list[str]:
    """Follow a link to `url` by instant navigation; what went wrong, if anything."""
    arrived, problems = follow_link(page, url)
    if arrived is None:
        return problems
    if not page.evaluate("window.__notReloaded === true"):
        return ["the page was reloaded instead of swapped in"]
    if arrived["heading"] != heading:
        return [f"shows the heading {arrived['heading']!r}, not {heading!r}"]
    return []


def no_js_pass(browser: Browser, origin: str, visits: Sequence[PageVisit]) -> None:
    plain = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        reader = plain.new_page()
        for record in visits:
            reader.goto(origin + record.path, wait_until="load")
            record.without_js = main_text(reader)
    finally:
        plain.close()


def crawl_site(
    browser: Browser, origin: str, paths: Sequence[str], instant: bool = True
) -> SiteCrawl:
    """Visit every page in the three passes above; `instant` off for pages without the theme."""
    seconds: dict[str, float] = {}
    clock = time.monotonic()

    def lap(name: str) -> None:
        nonlocal clock
        seconds[name], clock = time.monotonic() - clock, time.monotonic()

    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    context.set_default_timeout(15_000)
    visits = [PageVisit(path) for path in paths]
    current: list[PageVisit] = [visits[0]]
    # Every request any page, frame or worker makes is put down to the page being visited.
    context.on("request", lambda request: current[0].requests.append(request.url))
    page = context.new_page()
    watch = ConsoleWatch().attach(page)
    try:
        full_load_pass(page, origin, visits, watch, current)
        lap("full load")
        instant_pass(page, origin, visits, watch, current, instant)
        lap("instant navigation and axe")
        page.goto("about:blank")
        cookies = context.cookies()
    finally:
        context.close()
    no_js_pass(browser, origin, visits)
    lap("without JavaScript")
    return SiteCrawl(origin, visits, cookies, seconds)


# --- the per-page gates: page path -> problems, only for pages that have some --------------

Problems = dict[str, list[str]]


def _only_failing(found: dict[str, list[str]]) -> Problems:
    return {path: problems for path, problems in found.items() if problems}


def privacy_problems(crawl: SiteCrawl) -> Problems:
    found = {v.path: foreign_requests(v.requests, crawl.origin) for v in crawl.visits}
    if crawl.cookies:
        found["(whole site)"] = cookie_problems(crawl.cookies)
    return _only_failing(found)


def accessibility_problems(
    crawl: SiteCrawl, scheme: str, allowlist: Sequence[Allowed] = (), used: set | None = None
) -> Problems:
    return _only_failing(
        {v.path: axe_problems(v.axe[scheme], allowlist, used) for v in crawl.visits}
    )


def console_problems(crawl: SiteCrawl) -> Problems:
    return _only_failing({v.path: v.console for v in crawl.visits})


def instant_navigation_problems(crawl: SiteCrawl) -> Problems:
    return _only_failing({v.path: v.instant for v in crawl.visits})


def layout_problems(crawl: SiteCrawl) -> Problems:
    return _only_failing({v.path: v.overflow for v in crawl.visits})


def readability_problems(crawl: SiteCrawl) -> Problems:
    return _only_failing({v.path: unreadable(v.without_js, v.text_length) for v in crawl.visits})


def report(problems: Problems) -> str:
    """A failure message naming every page and what is wrong with it."""
    lines = [f"{len(problems)} page(s) fail:"]
    for path, items in problems.items():
        lines.append(f"  /{path}")
        lines.extend(f"    - {item}" for item in items)
    return "\n".join(lines)
