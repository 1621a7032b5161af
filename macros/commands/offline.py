"""The offline step of the build: a service worker that keeps the night-time pages on the device.

A reader who opened the site once can open first aid, the night card, the stretches and When
to get help again with no connection. This step runs on the built site (after any builder), so
it knows the exact files those pages load: it lists them, hashes them into a version, and
writes `sw.js` from the template beside this module. A build that changes any of them gets a
new version, so the browser installs the new worker and drops the old cache.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

TEMPLATE = Path(__file__).with_name("assets") / "sw.js"
SERVICE_WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"
OFFLINE_PAGE = "offline/"
# Pages kept for the night (and the "what is it?" guide), as directory URLs; every stretch
# page is added to these.
OFFLINE_PAGES = ("", "first-aid/", "guide/", "night-card/", "get-help/", "stretches/", OFFLINE_PAGE)


class _Assets(HTMLParser):
    """Collects the local files a page loads: stylesheets, icons, scripts and images."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") in {"stylesheet", "icon", "manifest"}:
            self._add(values.get("href"))
        elif tag in {"script", "img"}:
            self._add(values.get("src"))

    def _add(self, url: str | None) -> None:
        if url and not urlsplit(url).scheme and not url.startswith(("//", "#", "data:")):
            self.found.append(urlsplit(url).path)


def offline_pages(site: Path) -> list[str]:
    """The pages to keep, as URLs relative to the site root, that this build has."""
    stretches = sorted(
        f"stretches/{folder.name}/"
        for folder in (site / "stretches").glob("*")
        if (folder / "index.html").is_file()
    )
    pages = [*OFFLINE_PAGES, *stretches]
    return [page for page in pages if (site / page / "index.html").is_file()]


def precache_list(site: Path) -> list[str]:
    """Every page to keep and every local file those pages load, relative to the site root."""
    files = set(offline_pages(site))
    for page in offline_pages(site):
        parser = _Assets()
        parser.feed((site / page / "index.html").read_text(encoding="utf-8"))
        for url in parser.found:
            resolved = posixpath.normpath(posixpath.join(page, url))
            if not resolved.startswith("..") and (site / resolved).is_file():
                files.add(resolved)
    if (site / MANIFEST).is_file():
        files.add(MANIFEST)
    return sorted(files)


def version(site: Path, files: list[str]) -> str:
    """A short hash of the listed files' names and bytes: it changes when any of them does."""
    digest = hashlib.sha256()
    for name in files:
        path = site / name / "index.html" if name.endswith("/") or not name else site / name
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def write_service_worker(site: Path) -> list[str]:
    """Write site/sw.js for this build; returns the precached paths."""
    files = precache_list(site)
    script = (
        TEMPLATE.read_text(encoding="utf-8")
        .replace("__VERSION__", version(site, files))
        .replace("__PRECACHE__", json.dumps([f or "./" for f in files]))
        .replace("__OFFLINE_PAGE__", OFFLINE_PAGE)
    )
    (site / SERVICE_WORKER).write_text(script, encoding="utf-8")
    return files
