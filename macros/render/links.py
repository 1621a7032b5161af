"""Links between pages, computed relative to the page being rendered.

Markdown links point at `.md` files so the builder checks them and rewrites them into URLs.
Raw HTML `href`/`src` links (`Here.href`) depend on the builder: MkDocs leaves them alone, so
they must be the built URL relative to the page's URL; Zensical rewrites them like Markdown
links, relative to the source file, so they are written exactly as Markdown links are.
Attributes neither builder rewrites (SVG `xlink:href`) take the built URL (`Here.url_to`).
Every link stays relative, so the site works wherever it is hosted, including under a
sub-path.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..models.kinds import KINDS, ListedOn, OwnPages, record_src, record_target

# Collections with one page per record: collection -> folder under docs/ (models/kinds.py).
SECTION_FOLDERS = {k.collection: k.shown.folder for k in KINDS if isinstance(k.shown, OwnPages)}

# Collections shown together on one page: collection -> (page, anchor prefix of each record).
LISTED_ON = {
    k.collection: (k.shown.page, k.shown.anchor) for k in KINDS if isinstance(k.shown, ListedOn)
}

__all__ = [
    "LISTED_ON",
    "SECTION_FOLDERS",
    "Here",
    "record_anchor",
    "record_src",
    "record_target",
    "src_to_url",
]


@dataclass(frozen=True)
class Here:
    """The page being rendered: its source path (`remedies/magnesium.md`), URL and metadata.

    Title, description and site URL come from the page's front matter and mkdocs.yml, so the
    JSON-LD a macro writes says the same as the page's <title> and meta description.
    `html_links_from_source` says how the builder treats a relative link in raw HTML: as
    relative to the source file (Zensical rewrites it) or to the page's URL (MkDocs keeps it).
    """

    src: str
    url: str
    title: str = ""
    description: str = ""
    site_url: str = ""
    html_links_from_source: bool = False

    def md(self, target_src: str, anchor: str = "") -> str:
        """Relative path from this page's source to another source file (for Markdown links)."""
        base = posixpath.dirname(self.src)
        path = posixpath.relpath(target_src, base or ".")
        if path == posixpath.basename(self.src) and anchor:
            return f"#{anchor}"
        return f"{path}#{anchor}" if anchor else path

    def href(self, target_src: str, anchor: str = "") -> str:
        """A link to another page for an `href` (or `src`) attribute in raw HTML.

        Zensical rewrites these attributes the way it rewrites Markdown links, so they are
        written as Markdown links are; MkDocs leaves them alone, so they are the built URL.
        """
        if self.html_links_from_source:
            return self.md(target_src, anchor)
        return self.url_to(target_src, anchor)

    def url_to(self, target_src: str, anchor: str = "") -> str:
        """The built URL of another page relative to this page's URL.

        For attributes no builder rewrites, such as SVG's `xlink:href`.
        """
        if target_src == self.src and anchor:
            return f"#{anchor}"
        relative = posixpath.relpath(src_to_url(target_src) or ".", self._url_dir)
        relative = "./" if relative == "." else relative.rstrip("/") + "/"
        return f"{relative}#{anchor}" if anchor else relative

    def file_href(self, path: str) -> str:
        """A link for an `href` attribute to a file that is not a page, such as the feed;
        `path` is the file's place in the built site (`changes.xml`)."""
        if self.html_links_from_source:
            return self.md(path)
        return posixpath.relpath(path, self._url_dir)

    @property
    def _url_dir(self) -> str:
        """The folder of this page's URL, which a browser resolves relative links from."""
        here_dir = (
            self.url if self.url.endswith("/") or not self.url else posixpath.dirname(self.url)
        )
        return here_dir.rstrip("/") or "."

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


def record_anchor(collection: str, record_id: str) -> str:
    """The HTML id of a record on the page that lists it (for collections without pages)."""
    return f"{LISTED_ON[collection][1]}-{record_id}"
