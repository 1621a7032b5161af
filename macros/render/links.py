"""Links between pages, computed relative to the page being rendered.

Markdown links point at `.md` files so MkDocs checks them in --strict mode and rewrites them;
raw HTML cannot be rewritten by MkDocs, so HTML links use the built URL relative to the page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

SECTION_FOLDERS = {
    "remedies": "remedies",
    "causes": "causes",
    "medications": "medicines",
    "warnings": "warnings",
    "stretches": "stretches",
}


@dataclass(frozen=True)
class Here:
    """The page being rendered: its source path (`remedies/magnesium.md`) and URL."""

    src: str
    url: str

    def md(self, target_src: str, anchor: str = "") -> str:
        """Relative path from this page's source to another source file (for Markdown links)."""
        base = posixpath.dirname(self.src)
        path = posixpath.relpath(target_src, base or ".")
        return f"{path}#{anchor}" if anchor else path

    def href(self, target_src: str, anchor: str = "") -> str:
        """Relative built URL from this page to another page (for raw HTML links)."""
        target = src_to_url(target_src)
        here_dir = self.url if self.url.endswith("/") else posixpath.dirname(self.url)
        relative = posixpath.relpath(target or ".", here_dir.rstrip("/") or ".")
        relative = "./" if relative == "." else relative.rstrip("/") + "/"
        return f"{relative}#{anchor}" if anchor else relative


def src_to_url(src: str) -> str:
    """The directory-style URL MkDocs gives a source file (`a/b.md` -> `a/b/`)."""
    if src == "index.md":
        return ""
    if src.endswith("/index.md"):
        return src[: -len("index.md")]
    return src[: -len(".md")] + "/"


def record_src(collection: str, record_id: str) -> str:
    """The source file of a record's page."""
    return f"{SECTION_FOLDERS[collection]}/{record_id}.md"
