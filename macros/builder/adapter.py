"""The one adapter between the builders and the macros: what the project and the page are.

MkDocs (through mkdocs-macros) and Zensical each pass the macros an `env` with the page being
rendered, but describe it differently. MkDocs gives its own Page, whose `.file.src_uri` is the
source path, and leaves relative links in raw HTML alone, so the browser resolves them from
the page's URL. Zensical gives a page with `.path` instead of `.file`, and rewrites relative
`href` and `src` links in raw HTML as relative to the source file, exactly as it does Markdown
links (it leaves SVG's `xlink:href` alone). Everything else reads the `Here` made here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..render.links import Here
from .search_words import page_tags


def project_root(env: Any) -> Path:
    """The folder holding mkdocs.yml; both builders' macro environments have `project_dir`."""
    return Path(env.project_dir).resolve()


def current_page(env: Any) -> Here:
    """The page being rendered, with the front matter the JSON-LD must agree with."""
    page = env.page
    meta = page.meta or {}
    source_file = getattr(page, "file", None)
    return Here(
        src=source_file.src_uri if source_file is not None else str(page.path),
        url=page.url,
        title=str(meta.get("title") or page.title or ""),
        description=str(meta.get("description") or ""),
        site_url=str(env.conf.get("site_url") or ""),
        html_links_from_source=source_file is None,
    )


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def page_source(env: Any) -> str:
    """The current page's Markdown as written (front matter left out), for its glossary terms.

    mkdocs-macros keeps it on `env.markdown` while the page renders; Zensical's env has no such
    attribute, so the page's file is read (its `path` is relative to the docs folder).
    """
    text = getattr(env, "markdown", None)
    if isinstance(text, str):
        return text
    path = getattr(env.page, "path", None)
    if not path:
        return ""
    docs = Path(env.conf.get("root_dir") or ".") / (env.conf.get("docs_dir") or "docs")
    try:
        text = (docs / path).read_text(encoding="utf-8")
    except OSError:
        return ""
    return _FRONT_MATTER.sub("", text, count=1)


def add_search_words(env: Any, words: list[str]) -> None:
    """Put the page's search words (and its front matter's `search_terms`) in its `tags`,
    where the builder's search ranks them.

    MkDocs' search plugin indexes a page's `tags` after the macros have run and weighs a match
    there above one in a title, so the words go there (the tag listings read `categories`,
    mkdocs.yml, so none shows as a tag). Zensical 0.0.73 copies `tags` into its index too, but
    its search ranks only title, path and text, and lists every tag as a filter beside the
    results: the words would change no ranking and show readers a filter list of "a", "of",
    "the". So under Zensical they are left out (README, "What still differs").
    """
    if getattr(env.page, "file", None) is None:  # Zensical's page has `.path`, not `.file`
        return
    meta = env.page.meta
    terms = meta.get("search_terms") or []
    if words or terms:
        meta["tags"] = page_tags(meta.get("tags") or [], terms, words)
