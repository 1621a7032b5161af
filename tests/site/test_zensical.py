"""The site builds with Zensical (pinned in requirements.lock) and says what the MkDocs build says.

Material for MkDocs reaches its end of life in May 2027; Zensical, its successor, builds the
same mkdocs.yml. Both sites are built once per session (conftest.py) and compared by
scripts/compare_sites.py: the same pages, the same article text, links that all resolve and
lead to the same places, the same tooltips, the same JSON-LD and the same search coverage.
Theme differences that are known and explained are listed in one place,
`compare_sites.KNOWN_DIFFERENCES`, and are not compared.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.project import ZensicalBuild, load_script

sites = load_script("compare_sites")


@pytest.fixture(scope="session")
def differences(built_site: Path, zensical_built: ZensicalBuild) -> list[Any]:
    return sites.compare(built_site, zensical_built.site, names=("mkdocs", "zensical"))


def of_kind(differences: list[Any], *kinds: str) -> list[str]:
    return [d.line() for d in differences if d.kind in kinds]


def test_zensical_loads_the_data_once_for_the_whole_site(zensical_built: ZensicalBuild) -> None:
    """Zensical runs the macros once per page; the dataset is still built only once."""
    assert zensical_built.dataset_loads == 1


def test_the_same_pages(differences: list[Any]) -> None:
    assert of_kind(differences, "pages") == []


def test_the_same_titles_and_article_text(differences: list[Any]) -> None:
    assert of_kind(differences, "title", "text") == []


def test_links_resolve_and_lead_to_the_same_places(differences: list[Any]) -> None:
    assert of_kind(differences, "links") == []


def test_the_same_json_ld(differences: list[Any]) -> None:
    assert of_kind(differences, "json-ld") == []


def test_search_lists_the_same_sections(differences: list[Any]) -> None:
    assert of_kind(differences, "search") == []


def test_zensical_shows_readers_no_search_words_as_filters(zensical_built: ZensicalBuild) -> None:
    """Zensical's search lists every tag in its index as a filter beside the results and ranks
    none of them, so the words readers search for must not reach its tags (macros/builder/adapter.py
    `add_search_words`): a filter list of "a", "of" and "the" helps nobody."""
    items = json.loads((zensical_built.site / "search.json").read_text(encoding="utf-8"))["items"]
    tagged = [item["location"] for item in items if item.get("tags")]
    assert tagged == [], f"{len(tagged)} search entries carry tags, first {tagged[:3]}"


def test_the_same_glossary_tooltips(differences: list[Any]) -> None:
    assert of_kind(differences, "tooltips") == []


def test_every_kind_of_difference_is_tested() -> None:
    tested = {"pages", "title", "text", "links", "json-ld", "search", "tooltips"}
    assert set(sites.KINDS) == tested


def test_no_link_depends_on_the_host_path(built_site: Path, zensical_built: ZensicalBuild) -> None:
    """Links inside articles are relative, so the site also works under a sub-path
    (https://example.org/night-cramps/): a link starting with / would leave it."""
    for site in (built_site, zensical_built.site):
        rooted = [
            (page, link)
            for page in sorted(sites.pages(site))
            for link in sites.read_page(site / page).links
            if link.startswith("/")
        ]
        assert rooted == [], f"root-relative links in {site}: {rooted[:5]}"


def test_the_comparison_has_content_to_compare(built_site: Path) -> None:
    """Guard against a comparison that passes because it reads nothing."""
    pages = sorted(sites.pages(built_site))
    facts = [sites.read_page(built_site / page) for page in pages]
    links = sum(len(sites.link_targets(built_site, page)[0]) for page in pages)
    assert len(pages) > 80
    assert all(fact.text for fact in facts)
    assert links > 1000
    assert sum(len(fact.tooltips) for fact in facts) > 100
    assert sum(len(fact.jsonld) for fact in facts) > 80
    assert len(sites.search_sections(built_site) or ()) > 400


def test_the_zensical_site_is_kept_for_offline_use_too(zensical_built: ZensicalBuild) -> None:
    """`macros finish` writes the offline service worker from Zensical's own files: every night
    page is kept, with every local file those pages load (Zensical names its assets its way)."""
    import json
    import re

    from macros.commands.offline import offline_pages

    site = zensical_built.site
    script = (site / "sw.js").read_text(encoding="utf-8")
    found = re.search(r"const PRECACHE = (\[.*?\]);", script)
    assert found, "sw.js is the placeholder: the offline step did not run after Zensical"
    kept = json.loads(found.group(1))
    pages = offline_pages(site)
    assert {"first-aid/", "get-help/", "night-card/", "guide/"} <= set(pages)
    assert {page or "./" for page in pages} <= set(kept)
    assert any(name.endswith(".css") for name in kept), "no stylesheet is kept"
    assert any(name.endswith(".js") for name in kept), "no script is kept"
    for name in kept:
        path = site / (name if not name.endswith("/") and name != "./" else f"{name}index.html")
        assert path.is_file(), f"sw.js keeps {name}, which the Zensical site does not have"
