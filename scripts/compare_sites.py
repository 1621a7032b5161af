"""Compare two builds of the site (MkDocs and Zensical) page by page; report the differences.

Run by .github/workflows/zensical.yml. Themes differ in markup, so pages are compared by what
a reader gets: the set of pages, each page's title, and the visible text of its main content.
Pages that still contain `{{` or `{%` (macros left unrendered) are reported on their own.

    python scripts/compare_sites.py SITE_A SITE_B [--summary FILE]

Exit status: 0 when the sites match, 1 when they differ. Standard library only.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

SKIPPED = {"404.html"}


class _Reader(HTMLParser):
    """Collect the <title> and the text inside <article> (or <main>), without scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.text: list[str] = []
        self._in_title = False
        self._depth = 0  # inside article/main
        self._hidden = 0  # inside script/style/svg

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in {"article", "main"}:
            self._depth += 1
        elif tag in {"script", "style", "svg"}:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in {"article", "main"} and self._depth:
            self._depth -= 1
        elif tag in {"script", "style", "svg"} and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif self._depth and not self._hidden:
            self.text.append(data)


def read_page(path: Path) -> tuple[str, str]:
    """(title, visible main text with whitespace collapsed)."""
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8", errors="replace"))
    squash = lambda parts: re.sub(r"\s+", " ", "".join(parts)).strip()  # noqa: E731
    return squash(reader.title), squash(reader.text).replace(" ¶", "")


def pages(site: Path) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if p.name not in SKIPPED and "assets" not in p.relative_to(site).parts
    }


def first_difference(a: str, b: str, context: int = 60) -> str:
    """A short excerpt around where two texts start to differ."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            start_a, start_b = max(i1 - 20, 0), max(j1 - 20, 0)
            return f"“…{a[start_a : i2 + context]}…” vs “…{b[start_b : j2 + context]}…”"
    return ""


def compare(site_a: Path, site_b: Path) -> list[str]:
    """Markdown lines describing every difference; empty when the sites match."""
    a_pages, b_pages = pages(site_a), pages(site_b)
    lines: list[str] = []
    only_a, only_b = sorted(a_pages - b_pages), sorted(b_pages - a_pages)
    if only_a:
        lines += [f"- only in {site_a.name}: `{p}`" for p in only_a]
    if only_b:
        lines += [f"- only in {site_b.name}: `{p}`" for p in only_b]
    for page in sorted(a_pages & b_pages):
        title_a, text_a = read_page(site_a / page)
        title_b, text_b = read_page(site_b / page)
        if "{{" in text_b or "{%" in text_b:
            lines.append(f"- `{page}`: macros left unrendered in {site_b.name}")
        elif title_a != title_b:
            lines.append(f"- `{page}`: title “{title_a}” vs “{title_b}”")
        elif text_a != text_b:
            lines.append(f"- `{page}`: text differs: {first_difference(text_a, text_b)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_a", type=Path)
    parser.add_argument("site_b", type=Path)
    parser.add_argument("--summary", type=Path, help="append the Markdown report to this file")
    args = parser.parse_args(argv)
    differences = compare(args.site_a, args.site_b)
    total = len(pages(args.site_a) | pages(args.site_b))
    heading = f"## {args.site_a.name} and {args.site_b.name}: {total} pages compared"
    body = "\n".join(differences) if differences else "No differences in pages, titles or text."
    text = f"{heading}\n\n{len(differences)} differences.\n\n{body}\n"
    print(text, end="")
    if args.summary:
        with args.summary.open("a", encoding="utf-8") as summary:
            summary.write(text)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
