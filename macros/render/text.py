"""Escaping for the two places data text ends up: Markdown source and raw HTML.

Data is written by contributors, so it may contain `<script>`, Markdown punctuation or
Jinja-looking braces. Escaped here, it always shows as the literal text that was written.
"""

from __future__ import annotations

import html
import re

# Characters Python-Markdown (with the tables extension) treats as markup and can escape.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


def html_text(value: object) -> str:
    """Text for an HTML element or attribute value."""
    return html.escape(str(value), quote=True)


# What a tooltip's `<` becomes: the full-width less-than sign, the same character to a reader
# and a screen reader, which no HTML parser takes for the start of a tag.
_SAFE_LESS_THAN = "\uff1c"


def tooltip_text(value: object) -> str:
    """Text for a tooltip (a `title` attribute), also for a Markdown `*[term]: ...` definition.

    Escaping keeps an attribute closed, but a theme reads a title back as plain text and may
    then insert it as HTML: Material's tooltips do (`innerHTML`), and so does its shortening of
    long navigation entries. Without a `<` that text cannot make an element, whatever the theme
    does with it. `&` is escaped too, so text that looks like an entity (`&lt;`) is shown as
    written instead of being decoded into a `<`; Python-Markdown keeps entities as they are.
    """
    plain = " ".join(str(value).split()).replace("<", _SAFE_LESS_THAN)
    return html.escape(plain, quote=True)


def md_text(value: object) -> str:
    """Text for Markdown source: HTML-escaped, then Markdown punctuation backslash-escaped."""
    escaped = html.escape(str(value), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def slug_anchor(prefix: str, value: str) -> str:
    """A stable HTML id made of a prefix and an already slug-shaped value."""
    return f"{prefix}-{re.sub(r'[^a-z0-9-]', '-', value.lower())}"
