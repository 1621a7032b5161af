"""Browser fixtures: the built site served on 127.0.0.1, and one shared Chromium.

Every test module here sets `pytestmark = pytest.mark.browser`, so `pytest -m "not browser"`
skips them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from .chromium import DESKTOP, launch_options
from .crawl import SiteCrawl, crawl_site
from .hostile_site import HostileWatch
from .server import serve
from .site import site_pages

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BROKEN = HERE / "fixtures"
ARTIFACTS = ROOT / "artifacts"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        yield browser
        browser.close()


def configured_site_url() -> str | None:
    """The `site_url` of mkdocs.yml, which the server rewrites in sitemap.xml (see server.py)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r"^site_url:\s*(\S+)\s*$", config, re.MULTILINE)
    return match.group(1) if match else None


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The real site, built once with --strict, served on 127.0.0.1 (see server.py)."""
    with serve(built_site, site_url=configured_site_url()) as url:
        yield url


@pytest.fixture(scope="session")
def pages(built_site: Path) -> list[str]:
    """Every page of the built site, as paths relative to its root ('' is the home page)."""
    found = site_pages(built_site)
    assert len(found) > 1, "the built site has no pages"
    return found


@pytest.fixture(scope="session")
def serve_dir() -> Iterator[Callable[[Path], AbstractContextManager[str]]]:
    """Serve any folder the same way as the site: for the deliberately broken pages."""
    yield serve


@pytest.fixture(scope="session")
def broken_url() -> Iterator[str]:
    """The deliberately broken pages in tests/browser/fixtures/, served like the site."""
    with serve(BROKEN) as url:
        yield url


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh context (no cookies, no storage) at desktop size in light mode."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture
def reader(context: BrowserContext) -> tuple[Page, HostileWatch]:
    """A page watched for injected elements, dialogs, errors and policy violations."""
    page = context.new_page()
    return page, HostileWatch(page).attach()


@pytest.fixture(scope="session")
def crawl(browser: Browser, site_url: str, pages: list[str]) -> SiteCrawl:
    """Every page visited once, with what each gate needs recorded on the way (see crawl.py)."""
    result = crawl_site(browser, site_url, pages)
    CRAWLS.append(result)
    return result


CRAWLS: list[SiteCrawl] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How long the crawl behind the per-page gates took, to keep an eye on the suite's speed."""
    for done in CRAWLS:
        passes = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in done.seconds.items())
        terminalreporter.write_line(
            f"browser crawl: {len(done.visits)} pages in {sum(done.seconds.values()):.0f} s "
            f"({passes})"
        )


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
