"""MkDocs hook: give the site's search the words readers use for each page.

Record pages carry their names, aliases and search terms in a hidden
`<div hidden data-nc-search="a|b|c">` (macros/render/blocks.py `search_words`). Before the
search plugin indexes the page, this hook moves those words into the page's `tags`, the
index field Material's search weighs above titles (1e6 against 1e3), so "hot water bottle"
finds the warmth page rather than every page titled with "water". Words are data, never
per-query patches. A page that shows no record (an index page) may list `search_terms:` in
its front matter for the same purpose. The markers are then removed from the HTML.

Self-contained on purpose (MkDocs loads hooks by file path); a builder that skips hooks
(Zensical) still builds every page, only with the plain text search.
"""

from __future__ import annotations

import html
import re
from typing import Any

from mkdocs.plugins import event_priority

_MARKER = re.compile(r'<div hidden data-nc-search="([^"]*)"></div>')


def words_in(content: str) -> list[str]:
    """Every search word in a page's HTML, in order, each once."""
    found: list[str] = []
    for match in _MARKER.finditer(content):
        for word in html.unescape(match.group(1)).split("|"):
            if word and word not in found:
                found.append(word)
    return found


@event_priority(100)  # before the search plugin (priority 0) reads the page
def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    content = page.content or ""
    phrases = [str(w) for w in page.meta.get("search_terms", [])] + words_in(content)
    if phrases:
        page.meta["tags"] = [*page.meta.get("tags", []), *distinct_words(phrases)]
        page.content = _MARKER.sub("", content)
    return context


def distinct_words(phrases: list[str]) -> list[str]:
    """Each word of the phrases once, as the search matches words, not phrases.

    The index does not normalise for length, so a page listing many records ("frequent
    cramps", "cramps every night", ...) would otherwise outrank every page on "cramps"
    just by saying it more often.
    """
    seen: dict[str, str] = {}
    for phrase in phrases:
        for word in re.split(r"[\s\-,:!=\[\]()\"/]+", phrase):
            if word and word.lower() not in seen:
                seen[word.lower()] = word
    return list(seen.values())
