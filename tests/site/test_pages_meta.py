"""What every content page carries: review date, JSON-LD that matches it, description and
OpenGraph meta, the footer disclaimer, working internal links, and the print stylesheet.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from macros.render.jsonld import CONDITION_ALIASES, CONDITION_NAME
from macros.render.links import SECTION_FOLDERS, record_src, src_to_url
from tests.helpers.html_text import Soup, squash, text_of
from tests.helpers.project import ROOT

SITE_URL = re.search(
    r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE
)[1]


def is_record_page(path: str) -> bool:
    """Record pages describe their record; other pages use their front matter description."""
    folder, _, rest = path.partition("/")
    return bool(rest) and folder in {"remedies", "causes", "medicines", "warnings", "stretches"}


def jsonld(soup: Soup) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (each script holds an array of them)."""
    found = []
    for script in soup.select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        found += data if isinstance(data, list) else [data]
    return found


@pytest.fixture(scope="module")
def pages(site_paths: list[str]) -> list[str]:
    return site_paths


def test_every_page_has_one_medical_web_page_matching_what_it_shows(
    pages: list[str], site_page: Callable[[str], Soup]
) -> None:
    for path in pages:
        soup = site_page(path)
        found = jsonld(soup)
        assert len(found) == 1, f"{path or 'home'}: {len(found)} JSON-LD blocks"
        data = found[0]
        assert data["@context"] == "https://schema.org" and data["@type"] == "MedicalWebPage"
        times = soup.select("article .nc-reviewed time[datetime]")
        assert times, f"{path or 'home'}: no 'Last reviewed' date on the page"
        assert data["lastReviewed"] == times[-1]["datetime"], path
        assert data["about"]["@type"] == "MedicalCondition"
        assert data["about"]["name"] == CONDITION_NAME
        title = soup.title.get_text()
        assert title.startswith(data["name"]), f"{path}: JSON-LD name {data['name']!r} vs {title!r}"
        assert data["url"] == SITE_URL + path, path
        if not is_record_page(path):
            description = soup.select_one('meta[name="description"]')["content"]
            assert " ".join(data["description"].split()) == " ".join(description.split()), path


def test_record_json_ld_describes_the_record_shown(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    for collection in SECTION_FOLDERS:
        for record in site_data.all(collection):
            soup = site_page(src_to_url(record_src(collection, record.id)))
            (data,) = jsonld(soup)
            assert data["name"] == record.name
            assert text_of(soup.select_one("article h1")) == squash(record.name)
            assert squash(data["description"]) == squash(record.summary)
            assert data["lastReviewed"] == record.reviewed.isoformat()
            references = soup.select("article ol.nc-refs > li")
            assert len(data.get("citation", [])) == len(references), record.id
    for remedy in site_data.remedies:
        (data,) = jsonld(site_page(f"remedies/{remedy.id}/"))
        assert data["about"]["possibleTreatment"]["name"] == remedy.name


def test_home_page_shows_the_condition_names_its_json_ld_uses(
    site_page: Callable[[str], Soup],
) -> None:
    shown = text_of(site_page("").select_one("article")).lower()
    for name in (CONDITION_NAME, *CONDITION_ALIASES):
        assert squash(name.lower()) in shown, name


def test_every_page_has_its_own_description_and_open_graph_meta(
    pages: list[str], site_page: Callable[[str], Soup]
) -> None:
    site_description = re.search(
        r"site_description: >-\n((?:  .*\n)+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    )
    default = " ".join(site_description[1].split()) if site_description else ""
    seen: dict[str, str] = {}
    for path in pages:
        soup = site_page(path)
        description = soup.select_one('meta[name="description"]')["content"].strip()
        assert description and " ".join(description.split()) != default, path
        assert description not in seen, f"{path} repeats the description of {seen.get(description)}"
        seen[description] = path
        og = {m["property"]: m["content"] for m in soup.select("meta[property^='og:']")}
        assert og["og:description"].strip() == description, path
        assert og["og:title"] and soup.title.get_text().startswith(og["og:title"]), path
        assert og["og:url"].endswith(path), path


def test_every_page_footer_says_it_is_not_medical_advice(
    pages: list[str], site_page: Callable[[str], Soup]
) -> None:
    for path in pages:
        footer = site_page(path).select_one("footer .nc-disclaimer")
        assert footer is not None and squash("Not medical advice") in text_of(footer), path


def test_internal_links_lead_to_pages_and_anchors_that_exist(
    built_site: Path, pages: list[str], site_page: Callable[[str], Soup]
) -> None:
    """Raw-HTML links written by macros are not checked by MkDocs; this checks every one."""
    problems = []
    for path in pages:
        article = site_page(path).select_one("article")
        for link in article.select("a[href], a[xlink\\:href]"):
            href = link.get("href") or link["xlink:href"]
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue
            joined = posixpath.join(path, unquote(parts.path)) if parts.path else path
            target = posixpath.normpath(joined) if joined else "."
            target = "" if target == "." else target
            if target and (built_site / target).is_file() and not target.endswith(".html"):
                continue  # a file that is not a page, such as the Atom feed
            if target.endswith(".html"):
                file = built_site / target
            else:
                file = built_site / target / "index.html"
            if not file.is_file():
                problems.append(f"{path}: {href} leads nowhere")
                continue
            if parts.fragment:
                page = site_page(file.relative_to(built_site).as_posix().removesuffix("index.html"))
                if page.find(id=parts.fragment) is None:
                    problems.append(f"{path}: {href} has no #{parts.fragment}")
    assert not problems, "\n".join(problems[:20])


def test_print_stylesheet_hides_navigation_and_shows_link_targets(built_site: Path) -> None:
    css = (built_site / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    blocks = re.findall(r"@media print\s*{(.*?)\n}", css, re.DOTALL)
    assert blocks, "no print stylesheet"
    printed = "\n".join(blocks)
    for hidden in (".md-header", ".md-sidebar", ".md-footer__inner"):
        assert hidden in printed and "display: none" in printed
    assert 'content: " (" attr(href) ")"' in printed


def test_table_script_is_local_and_runs_on_every_instant_page(
    pages: list[str], built_site: Path, site_page: Callable[[str], Soup]
) -> None:
    script = (built_site / "javascripts" / "tables.js").read_text(encoding="utf-8")
    assert "document$.subscribe(" in script
    assert not re.search(r"https?://", script), "the script loads nothing from anywhere"
    sources = [s["src"] for s in site_page("remedies/").select("script[src]")]
    assert any(s.endswith("javascripts/tables.js") for s in sources)
    assert all(not urlsplit(s).scheme for s in sources), sources
