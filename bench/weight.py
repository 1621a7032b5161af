"""Page weight of a built site: what a reader's browser downloads to show one page.

A page's weight is the gzip size of its HTML plus every local file it loads up front: style
sheets, scripts, images, icons and SVG, and files those style sheets load with url(). Each
file counts once per page. Not counted: the search index and search worker, which Material
loads lazily (only when the reader opens search), and `data:` URIs, which are already inside
the file that holds them. Sizes use gzip level 6, the usual web-server setting. KB = 1000 bytes.

Standard library only, so the page-weight test and the benchmark share this code.
"""

from __future__ import annotations

import gzip
import posixpath
import re
import statistics
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

KB = 1000
MEDIAN_BUDGET_KB = 90
MAX_BUDGET_KB = 150

# Lazily loaded by Material's search; not part of any page load.
LAZY = ("search/search_index.json",)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def gzip_size(path: Path) -> int:
    """Bytes after gzip (level 6); cached because every page loads the same bundle."""
    stat = path.stat()
    return _gzip_size(path, stat.st_mtime_ns, stat.st_size)


@cache
def _gzip_size(path: Path, mtime_ns: int, size: int) -> int:
    """Keyed on the file's time and size too, so a rebuilt file is measured again."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


class _References(HTMLParser):
    """Collects the URLs of resources a page loads when it is opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        rel = set(attr.get("rel", "").lower().split())
        if tag == "link" and rel & {"stylesheet", "icon", "apple-touch-icon", "preload"}:
            self.urls.append(attr.get("href", ""))
        elif tag in {"script", "img", "iframe", "audio", "video", "source", "embed"}:
            self.urls.append(attr.get("src", ""))
            self.urls.extend(part.split()[0] for part in attr.get("srcset", "").split(",") if part)
        elif tag == "object":
            self.urls.append(attr.get("data", ""))
        elif tag in {"image", "use"}:
            self.urls.append(attr.get("href", "") or attr.get("xlink:href", ""))


def local_file(site: Path, base: str, url: str) -> Path | None:
    """The file in `site` that `url` (relative to the site path `base`) names, if local."""
    parts = urlsplit(url.strip())
    if not parts.path or parts.scheme or parts.netloc:
        return None  # empty, external, protocol-relative or data: URI
    target = posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parts.path)))
    path = site / target.lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def _css_children(site: Path, css: Path) -> list[Path]:
    """Local files a style sheet loads with url() (images, fonts)."""
    base = css.relative_to(site).as_posix()
    text = css.read_text(encoding="utf-8", errors="replace")
    found = (local_file(site, base, match.group(2)) for match in CSS_URL.finditer(text))
    return [path for path in found if path is not None]


@dataclass(frozen=True)
class PageWeight:
    """One page: its gzip sizes and the files it loads."""

    page: str
    html_bytes: int
    assets_bytes: int
    assets: tuple[str, ...]

    @property
    def total(self) -> int:
        return self.html_bytes + self.assets_bytes


def page_weight(site: Path, html: Path) -> PageWeight:
    """Gzip size of one page and everything it loads up front."""
    base = html.relative_to(site).as_posix()
    parser = _References()
    parser.feed(html.read_text(encoding="utf-8", errors="replace"))
    assets: dict[Path, None] = {}
    queue = [p for p in (local_file(site, base, url) for url in parser.urls) if p is not None]
    while queue:
        path = queue.pop()
        relative = path.relative_to(site).as_posix()
        if path in assets or path == html or relative in LAZY:
            continue
        assets[path] = None
        if path.suffix == ".css":
            queue.extend(_css_children(site, path))
    names = tuple(sorted(p.relative_to(site).as_posix() for p in assets))
    return PageWeight(base, gzip_size(html), sum(gzip_size(p) for p in assets), names)


def content_pages(site: Path) -> list[Path]:
    """Every HTML page a reader can open (the 404 page is not content)."""
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).as_posix() != "404.html")


def site_weights(site: Path) -> list[PageWeight]:
    """The weight of every content page, heaviest first."""
    weights = [page_weight(site, page) for page in content_pages(site)]
    return sorted(weights, key=lambda w: w.total, reverse=True)


@dataclass(frozen=True)
class WeightSummary:
    """The figures the budgets are about."""

    pages: int
    median_bytes: float
    max_bytes: int
    heaviest: str
    search_index_bytes: int
    search_index_gzip_bytes: int


def summarise(site: Path) -> WeightSummary:
    """Median and maximum page weight, and the size of the (lazily loaded) search index."""
    weights = site_weights(site)
    index = site / LAZY[0]
    return WeightSummary(
        pages=len(weights),
        median_bytes=statistics.median(w.total for w in weights) if weights else 0.0,
        max_bytes=weights[0].total if weights else 0,
        heaviest=weights[0].page if weights else "",
        search_index_bytes=index.stat().st_size if index.is_file() else 0,
        search_index_gzip_bytes=gzip_size(index) if index.is_file() else 0,
    )
