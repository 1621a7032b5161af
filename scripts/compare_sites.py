"""Compare two builds of the site (MkDocs and Zensical) page by page; report the differences.

Run by `make test` (tests/site/test_zensical.py) and .github/workflows/zensical.yml. Themes differ
in markup and labels ("Table of contents" or "On this page"), so only what the site's own
content makes is compared: the set of pages, and on each page its title, the visible text of
its <article>, where every link in the article leads (and that it leads somewhere), the
glossary tooltips, the JSON-LD, and which sections the search index lists. What the two
builders are known to do differently, and why that is not compared, is in KNOWN_DIFFERENCES.

    python scripts/compare_sites.py SITE_A SITE_B [--summary FILE]

Exit status: 0 when the sites match, 1 when they differ. Standard library only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import posixpath
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

SKIPPED = {"404.html"}
LINK_ATTRIBUTES = frozenset({"href", "xlink:href", "src"})

# Everything the builders do differently that is deliberately not compared: one place, each
# with the reason. Printed with every report, so a reader knows what "no differences" covers.
KNOWN_DIFFERENCES = {
    "theme chrome": "navigation, header, footer, the table of contents and their labels (MkDocs "
    "'Table of contents', Zensical 'On this page') come from the theme; only <article> is "
    "compared.",
    "404.html": "the theme's error page, not content.",
    "search index file": "MkDocs writes search/search_index.json, Zensical search.json with "
    "another layout; compared by the sections they list (address and title).",
    "search boost": "Zensical's index has no per-page `boost` (front matter `search.boost`), so "
    "ranking may differ; which sections are found does not.",
    "extra files": "MkDocs also writes sitemap.xml.gz and tags.json; neither is a page.",
    "search words": "the macros put each record's aliases and search_terms in its page's "
    "`tags`, which Material's search ranks above titles; under Zensical 0.0.73 they are "
    "left out (macros/builder/adapter.py `add_search_words`), since its search ranks only "
    "title, path and text and shows every tag as a filter beside the results. So everyday "
    "words ('charlie horse') rank lower under Zensical. Which sections are found is "
    "compared; ranking is not.",
}

KINDS = ("pages", "title", "text", "links", "tooltips", "json-ld", "search")


@dataclass(frozen=True)
class Difference:
    """One way the second site differs from the first."""

    kind: str  # one of KINDS
    page: str  # the page's file, or "" for the whole site
    detail: str

    def line(self) -> str:
        where = f"`{self.page}`: " if self.page else ""
        return f"- {self.kind}: {where}{self.detail}"


@dataclass
class PageFacts:
    """What the site's content put on one built page."""

    title: str = ""
    text: str = ""
    links: list[str] = field(default_factory=list)  # href/src values inside <article>
    ids: set[str] = field(default_factory=set)  # every id (and name) on the page
    tooltips: list[tuple[str, str]] = field(default_factory=list)  # (term, definition)
    jsonld: list[Any] = field(default_factory=list)


class _Reader(HTMLParser):
    """Collect a page's facts; text, links and tooltips only from inside <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._title: list[str] = []
        self._text: list[str] = []
        self._in_title = False
        self._article = 0  # depth inside <article>
        self._hidden = 0  # depth inside script/style/svg
        self._jsonld: list[str] | None = None
        self._abbr: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name"):
            if values.get(name):
                self.facts.ids.add(values[name])
        if tag == "title":
            self._in_title = True
        elif tag == "article":
            self._article += 1
        elif tag == "script" and values.get("type") == "application/ld+json":
            self._jsonld = []
        if tag in {"script", "style", "svg"}:
            self._hidden += 1
        if not self._article:
            return
        self.facts.links.extend(
            value for name, value in values.items() if name in LINK_ATTRIBUTES and value
        )
        if tag == "abbr" and values.get("title"):
            self._abbr = (values["title"], [])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "article" and self._article:
            self._article -= 1
        elif tag == "abbr" and self._abbr is not None:
            definition, term = self._abbr
            self.facts.tooltips.append((squash(term), definition))
            self._abbr = None
        if tag == "script" and self._jsonld is not None:
            self.facts.jsonld.append(json.loads("".join(self._jsonld)))
            self._jsonld = None
        if tag in {"script", "style", "svg"} and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif self._jsonld is not None:
            self._jsonld.append(data)
        elif self._article and not self._hidden:
            self._text.append(data)
            if self._abbr is not None:
                self._abbr[1].append(data)

    def close(self) -> None:
        super().close()
        self.facts.title = squash(self._title)
        self.facts.text = squash(self._text).replace(" ¶", "").replace("¶", "")


def squash(parts: Iterable[str]) -> str:
    """Join text and collapse every run of whitespace to one space."""
    return re.sub(r"\s+", " ", "".join(parts)).strip()


@cache
def read_page(path: Path) -> PageFacts:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8", errors="replace"))
    reader.close()
    return reader.facts


def pages(site: Path) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if p.name not in SKIPPED and "assets" not in p.relative_to(site).parts
    }


def resolve(site: Path, page: str, link: str) -> str | None:
    """Where a link on `page` leads, as `path#fragment` in the site; None when it leaves the
    site. Raises LookupError when the file or the fragment does not exist."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        target = page
    else:
        joined = posixpath.join(posixpath.dirname(page), unquote(parts.path))
        target = posixpath.normpath(joined.lstrip("/") if parts.path.startswith("/") else joined)
        if target.startswith(".."):
            raise LookupError(f"{link} leaves the site")
        if target == ".":
            target = ""
        if (site / target).is_dir():
            target = posixpath.join(target, "index.html")
    if not (site / target).is_file():
        raise LookupError(f"{link} leads to no file")
    fragment = unquote(parts.fragment)
    if fragment and target.endswith(".html") and fragment not in read_page(site / target).ids:
        raise LookupError(f"{link} leads to no #{fragment} on {target}")
    return f"{target}#{fragment}" if fragment else target


def link_targets(site: Path, page: str) -> tuple[list[str], list[str]]:
    """(where each internal link of the page's article leads, the links that lead nowhere)."""
    targets: list[str] = []
    broken: list[str] = []
    for link in read_page(site / page).links:
        try:
            target = resolve(site, page, link)
        except LookupError as error:
            broken.append(str(error))
            continue
        if target is not None:
            targets.append(target)
    return targets, broken


def search_sections(site: Path) -> set[tuple[str, str]] | None:
    """(address, title) of every section in the site's search index; None if it has none."""
    for name, key in (("search/search_index.json", "docs"), ("search.json", "items")):
        index = site / name
        if index.is_file():
            entries = json.loads(index.read_text(encoding="utf-8"))[key]
            return {(entry["location"], squash([entry["title"]])) for entry in entries}
    return None


def first_difference(a: str, b: str, context: int = 60) -> str:
    """A short excerpt around where two texts start to differ."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            start_a, start_b = max(i1 - 20, 0), max(j1 - 20, 0)
            return f"“…{a[start_a : i2 + context]}…” vs “…{b[start_b : j2 + context]}…”"
    return ""


def first_item_difference(a: list[Any], b: list[Any]) -> str:
    """The first item where two lists differ (or how their lengths differ)."""
    for index, (one, two) in enumerate(zip(a, b, strict=False)):
        if one != two:
            return f"item {index + 1}: {one!r:.120} vs {two!r:.120}"
    return f"{len(a)} vs {len(b)} items"


def compare_page(site_a: Path, site_b: Path, page: str, names: tuple[str, str]) -> list[Difference]:
    """Every difference between one page of each site (`names` label the two sites)."""
    a, b = read_page(site_a / page), read_page(site_b / page)
    found: list[Difference] = []
    if "{{" in b.text or "{%" in b.text:
        return [Difference("text", page, f"macros left unrendered in {names[1]}")]
    if a.title != b.title:
        found.append(Difference("title", page, f"“{a.title}” vs “{b.title}”"))
    if a.text != b.text:
        found.append(Difference("text", page, first_difference(a.text, b.text)))
    targets_a, broken_a = link_targets(site_a, page)
    targets_b, broken_b = link_targets(site_b, page)
    for name, broken in zip(names, (broken_a, broken_b), strict=True):
        if broken:
            shown = "; ".join(broken[:3])
            found.append(Difference("links", page, f"{len(broken)} broken in {name}: {shown}"))
    if targets_a != targets_b:
        detail = first_item_difference(targets_a, targets_b)
        found.append(Difference("links", page, f"links lead elsewhere: {detail}"))
    if a.tooltips != b.tooltips:
        detail = f"{len(a.tooltips)} vs {len(b.tooltips)} tooltips; "
        found.append(
            Difference("tooltips", page, detail + first_item_difference(a.tooltips, b.tooltips))
        )
    if a.jsonld != b.jsonld:
        found.append(Difference("json-ld", page, first_item_difference(a.jsonld, b.jsonld)))
    return found


def compare(site_a: Path, site_b: Path, names: tuple[str, str] | None = None) -> list[Difference]:
    """Every difference between the two sites; empty when they match.

    `names` label the sites in the details (default: their folders' names).
    """
    names = names or (site_a.name, site_b.name)
    a_pages, b_pages = pages(site_a), pages(site_b)
    found = [Difference("pages", p, f"only in {names[0]}") for p in sorted(a_pages - b_pages)]
    found += [Difference("pages", p, f"only in {names[1]}") for p in sorted(b_pages - a_pages)]
    for page in sorted(a_pages & b_pages):
        found += compare_page(site_a, site_b, page, names)
    sections_a, sections_b = search_sections(site_a), search_sections(site_b)
    if (sections_a is None) != (sections_b is None):
        without = names[0] if sections_a is None else names[1]
        found.append(Difference("search", "", f"{without} has no search index"))
    elif sections_a is not None and sections_b is not None:
        only_a, only_b = sections_a - sections_b, sections_b - sections_a
        for only, name in zip((only_a, only_b), names, strict=True):
            if only:
                shown = ", ".join(f"{loc or '(home)'} “{title}”" for loc, title in sorted(only)[:5])
                found.append(
                    Difference("search", "", f"{len(only)} sections only in {name}: {shown}")
                )
    return found


def report(site_a: Path, site_b: Path, differences: list[Difference]) -> str:
    """The Markdown report: a heading, the differences, and what is not compared."""
    total = len(pages(site_a) | pages(site_b))
    heading = f"## {site_a.name} and {site_b.name}: {total} pages compared"
    body = (
        "\n".join(d.line() for d in differences)
        if differences
        else "No differences in pages, titles, text, links, tooltips, JSON-LD or search."
    )
    known = "\n".join(f"- {what}: {why}" for what, why in KNOWN_DIFFERENCES.items())
    return (
        f"{heading}\n\n{len(differences)} differences.\n\n{body}\n\n"
        f"Known differences, not compared:\n\n{known}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_a", type=Path)
    parser.add_argument("site_b", type=Path)
    parser.add_argument("--summary", type=Path, help="append the Markdown report to this file")
    args = parser.parse_args(argv)
    differences = compare(args.site_a, args.site_b)
    text = report(args.site_a, args.site_b, differences)
    print(text, end="")
    if args.summary:
        with args.summary.open("a", encoding="utf-8") as summary:
            summary.write(text)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
