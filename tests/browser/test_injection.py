"""Hostile data never becomes markup in a reader's browser, whatever the theme does with it.

The site is built once from a copy of the real data in which every free-text field of every
record type carries HTML (tests/helpers/hostile.py). Its pages are opened in Chromium; every
glossary term, titled element and shortened navigation entry is hovered (the theme turns titles
into tooltips), search is opened and the payload's words typed, and pages are reached by
instant navigation as well as full loads. Any dialog, console error or element from the payload
fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from tests.helpers.hostile import SEARCH_WORDS, write_hostile_data
from tests.helpers.project import ROOT, copy_project, mkdocs_build

from .conftest import configured_site_url
from .crawl import follow_link
from .hostile_site import Findings, HostileWatch, hover_targets
from .server import serve
from .site import open_search, search

pytestmark = pytest.mark.browser

# Pages that show every record type: each listing, one record page of each kind, and the
# pages the glossary tooltips were first seen to run a script on.
PAGES = [
    "",
    "first-aid/",
    "get-help/",
    "remedies/",
    "remedies/quinine/",
    "causes/",
    "causes/pregnancy/",
    "medicines/",
    "medicines/statins/",
    "warnings/",
    "warnings/quinine/",
    "stretches/",
    "stretches/calf-step/",
    "cramps-or-restless-legs/",
    "myths/",
    "night-card/",
    "sources/",
    "glossary/",
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the hostile copy of data/ (strict build, once per module)."""
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    write_hostile_data(ROOT / "data", project / "data")
    site = project / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    with serve(hostile_site, site_url=configured_site_url()) as url:
        yield url


def test_hostile_tooltips_cannot_open_a_tag(hostile_site: Path) -> None:
    """The payload reaches the glossary tooltips (else the browser tests prove little), and a
    title read back as text, as the theme reads it, holds no `<` that could start a tag."""
    soup = BeautifulSoup(
        (hostile_site / "remedies" / "quinine" / "index.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    titles = [abbr["title"] for abbr in soup.select("article abbr[title]")]
    hostile = [title for title in titles if "data-evil" in title]
    assert hostile, "no glossary tooltip carries the payload"
    assert all("<" not in title for title in hostile), hostile[0]
    assert "data-evil" in (hostile_site / "search" / "search_index.json").read_text("utf-8")


def test_hovering_every_tooltip_target_runs_nothing(
    reader: tuple[Page, HostileWatch], hostile_url: str
) -> None:
    page, watch = reader
    findings = Findings()
    hovered = 0
    for path in PAGES:
        page.goto(hostile_url + path, wait_until="load")
        hovered += hover_targets(page)
        findings.add(path or "(home)", watch.take())
    assert hovered > len(PAGES), "hardly anything to hover: the targets were not found"
    assert not findings.problems, findings.report()


def test_instant_navigation_and_tooltips_run_nothing(
    reader: tuple[Page, HostileWatch], hostile_url: str
) -> None:
    page, watch = reader
    findings = Findings()
    page.goto(hostile_url + PAGES[-1], wait_until="load")
    page.evaluate("window.__notReloaded = true")  # gone if the theme reloads instead of swapping
    for path in PAGES:
        arrived, problems = follow_link(page, hostile_url + path)
        findings.add(path or "(home)", problems)
        if arrived is not None:
            hover_targets(page)
        findings.add(path or "(home)", watch.take())
    assert not findings.problems, findings.report()


def test_searching_for_the_payload_runs_nothing(
    reader: tuple[Page, HostileWatch], hostile_url: str
) -> None:
    page, watch = reader
    findings = Findings()
    page.goto(hostile_url, wait_until="load")
    open_search(page)
    for word in SEARCH_WORDS:
        results = search(page, word)
        findings.add(f"search {word!r}", [] if results else ["found nothing"])
        page.wait_for_timeout(200)
        findings.add(f"search {word!r}", watch.take())
    assert not findings.problems, findings.report()


def test_glossary_terms_still_show_their_meaning_as_a_tooltip(page: Page, site_url: str) -> None:
    """The theme's HTML tooltips are off; tooltips.js shows the same box, as text."""
    page.goto(site_url + "remedies/quinine/", wait_until="load")
    page.locator("article abbr[title]").first.evaluate("e => e.id = 'nc-term'")
    term = page.locator("#nc-term")  # the same element, while its title is put aside
    meaning = term.get_attribute("title")
    assert meaning, "the quinine page has no glossary term"
    term.hover()
    tooltip = page.locator("#nc-tooltip.md-tooltip2--active")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert tooltip.inner_text().strip() == meaning.strip()
    assert term.get_attribute("aria-describedby") == "nc-tooltip"
    page.mouse.move(0, 0)
    tooltip.wait_for(state="detached", timeout=5_000)
    assert term.get_attribute("title") == meaning  # given back for the next time
