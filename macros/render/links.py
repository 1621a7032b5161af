"""Links between pages, computed relative to the page being rendered.

Markdown links point at `.md` files so MkDocs checks them in --strict mode and rewrites them;
raw HTML cannot be rewritten by MkDocs, so HTML links use the built URL relative to the page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

# Collections with one page per record: collection -> folder under docs/.
SECTION_FOLDERS = {
    "remedies": "remedies",
    "causes": "causes",
    "medications": "medicines",
    "warnings": "warnings",
    "stretches": "stretches",
}

# Collections shown together on one page: collection -> (page, anchor prefix of each record).
LISTED_ON = {
    "sources": ("sources/index.md", "src"),
    "first-aid": ("first-aid.md", "aid"),
    "red-flags": ("get-help.md", "flag"),
    "comparisons": ("cramps-or-restless-legs.md", "compare"),
    "claims": ("myths.md", "claim"),
    "glossary": ("glossary.md", "term"),
    "guide-questions": ("guide.md", "guide-question"),
}


@dataclass(frozen=True)
class Here:
    """The page being rendered: its source path (`remedies/magnesium.md`), URL and metadata.

    Title, description and site URL come from the page's front matter and mkdocs.yml, so the
    JSON-LD a macro writes says the same as the page's <title> and meta description.
    """

    src: str
    url: str
    title: str = ""
    description: str = ""
    site_url: str = ""

    def md(self, target_src: str, anchor: str = "") -> str:
        """Relative path from this page's source to another source file (for Markdown links)."""
        base = posixpath.dirname(self.src)
        path = posixpath.relpath(target_src, base or ".")
        if path == posixpath.basename(self.src) and anchor:
            return f"#{anchor}"
        return f"{path}#{anchor}" if anchor else path

    def href(self, target_src: str, anchor: str = "") -> str:
        """Relative built URL from this page to another page (for raw HTML links)."""
        if target_src == self.src and anchor:
            return f"#{anchor}"
        target = src_to_url(target_src)
        here_dir = (
            self.url if self.url.endswith("/") or not self.url else posixpath.dirname(self.url)
        )
        relative = posixpath.relpath(target or ".", here_dir.rstrip("/") or ".")
        relative = "./" if relative == "." else relative.rstrip("/") + "/"
        return f"{relative}#{anchor}" if anchor else relative

    @property
    def canonical(self) -> str:
        """The page's absolute address (empty when mkdocs.yml has no site_url)."""
        if not self.site_url:
            return ""
        return self.site_url.rstrip("/") + "/" + self.url.lstrip("/")


def src_to_url(src: str) -> str:
    """The directory-style URL MkDocs gives a source file (`a/b.md` -> `a/b/`)."""
    if src == "index.md":
        return ""
    if src.endswith("/index.md"):
        return src[: -len("index.md")]
    return src[: -len(".md")] + "/"


def record_src(collection: str, record_id: str) -> str:
    """The source file of a record's own page."""
    return f"{SECTION_FOLDERS[collection]}/{record_id}.md"


def record_anchor(collection: str, record_id: str) -> str:
    """The HTML id of a record on the page that lists it (for collections without pages)."""
    return f"{LISTED_ON[collection][1]}-{record_id}"


def record_target(collection: str, record_id: str) -> tuple[str, str]:
    """Where a record is shown: (source file, anchor); the anchor is empty for own pages."""
    if collection in SECTION_FOLDERS:
        return record_src(collection, record_id), ""
    return LISTED_ON[collection][0], record_anchor(collection, record_id)
