"""How a controlled word is drawn: a badge with its icon, and lookups for tables and legends.

The words themselves (label, icon, meaning, question, contributor help) are defined once, in
models/vocab.py (`SCALES`); this module only draws them, so a word is always shown and
explained the same way on record pages, tables, the evidence map and the About page.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from ..models.vocab import SCALES, Word
from .icons import bars, icon
from .text import html_text

__all__ = [
    "CAUSE_KINDS",
    "MUSCLES",
    "REMEDY_KINDS",
    "STRETCH_TIMES",
    "USES",
    "Word",
    "badge",
    "question",
    "rank",
    "vocabulary",
    "word",
]


def word(vocabulary: str, value: StrEnum) -> Word:
    """The display of one value of one vocabulary."""
    return SCALES[vocabulary].words[value]


def question(vocabulary: str, *, short: bool = False) -> str:
    """The reader's question a vocabulary answers ("Does it help?"); `short` for a column."""
    scale = SCALES[vocabulary]
    return scale.heading() if short else scale.question


def badge(vocabulary: str, value: StrEnum, *, explain: bool = False) -> str:
    """A word with its icon, styled by class; `explain` adds the meaning as a tooltip."""
    shown = word(vocabulary, value)
    glyph = bars(int(shown.icon)) if shown.icon.isdigit() else icon(shown.icon)
    title = f' title="{html_text(shown.meaning)}"' if explain else ""
    return (
        f'<span class="nc-badge nc-{vocabulary} nc-{vocabulary}--{value.value}"{title}>'
        f"{glyph}{html_text(shown.label)}</span>"
    )


def rank(vocabulary: str, value: StrEnum) -> int:
    """Position of a value in its vocabulary (0 = best/most sure/safest), for sorting."""
    return list(SCALES[vocabulary].words).index(value)


def vocabulary(name: str) -> Mapping[Any, Word]:
    """Every value of one vocabulary with its display, in order (for legends and About)."""
    return SCALES[name].words


def _labels(name: str) -> dict[Any, str]:
    return {value: shown.label for value, shown in SCALES[name].words.items()}


# Plain labels for grouping words (no icon needed: they are never the only cue).
REMEDY_KINDS = _labels("remedy-kind")
USES = _labels("use")
STRETCH_TIMES = _labels("stretch-time")
MUSCLES = _labels("muscle")
CAUSE_KINDS = {
    value: (shown.label, shown.meaning) for value, shown in SCALES["cause-kind"].words.items()
}
