"""Reading built pages in tests: the article of a page, and text compared without spaces."""

from __future__ import annotations

import re
from typing import Any

Soup = Any


def article(soup: Soup) -> Soup:
    """The main content of a Material page."""
    return soup.select_one("article.md-content__inner")


def text_of(node: Soup) -> str:
    """A node's visible text with all whitespace removed, for comparing with data text.

    Inline tags (glossary tooltips, citations) change where the HTML has spaces, so texts are
    compared without any; `squash` does the same to the expected text.
    """
    return re.sub(r"\s+", "", node.get_text()).removesuffix("¶")


def squash(text: str) -> str:
    """Expected text in the same form as `text_of`."""
    return re.sub(r"\s+", "", text)
