"""The words readers use for a page, taken out of the macros' output into the page's tags.

Material's search (MkDocs) and Zensical's both index a page's `tags` front matter, and
Material weighs a match there above one in a title (1e6 against 1e3), so "hot water bottle"
finds the warmth page rather than every page titled with "water". The render functions mark
the names readers type for the records they show (macros/render/blocks.py `search_words`);
the macro wrapper (env.py) takes the marks out here, before any builder sees the output, and
the adapter puts the words in the page's tags. A page that shows no record (an index page)
may list `search_terms:` in its front matter for the same purpose. Words are data, never
per-query patches, and stay text: the index holds them as strings, never as markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from ..render.blocks import SEARCH_ATTRIBUTE

_MARKER = re.compile(rf'<div hidden {SEARCH_ATTRIBUTE}="([^"]*)"></div>')

# Where the search splits words: the first alternative of mkdocs.yml's `search.separator`.
_SEPARATOR = re.compile(r"[\s\-,:!=\[\]()\"/]+")


def words_in(content: str) -> list[str]:
    """Every search word marked in the HTML, in order, each once."""
    found: list[str] = []
    for match in _MARKER.finditer(content):
        for word in html.unescape(match.group(1)).split("|"):
            if word and word not in found:
                found.append(word)
    return found


def take_words(content: str) -> tuple[str, list[str]]:
    """The HTML without its search marks, and the words they held."""
    return _MARKER.sub("", content), words_in(content)


def distinct_words(phrases: Iterable[str]) -> list[str]:
    """Each word of the phrases once, as the search matches words, not phrases.

    The index does not normalise for length, so a page listing many records ("frequent
    cramps", "cramps every night", ...) would otherwise outrank every page on "cramps"
    just by saying it more often.
    """
    seen: dict[str, str] = {}
    for phrase in phrases:
        for word in _SEPARATOR.split(phrase):
            if word and word.lower() not in seen:
                seen[word.lower()] = word
    return list(seen.values())


def page_tags(
    existing: Iterable[object], front_matter: Iterable[object], marked: list[str]
) -> list[str]:
    """The page's tags once its search words are added: what it had, then each new word."""
    tags = [str(tag) for tag in existing]
    known = {tag.lower() for tag in tags}
    for word in distinct_words([*(str(term) for term in front_matter), *marked]):
        if word.lower() not in known:
            known.add(word.lower())
            tags.append(word)
    return tags
