"""The home page's cards leading to each part of the site, with counts from the data."""

from __future__ import annotations

from ..dataset import Dataset
from ..models.vocab import Verdict
from .icons import icon
from .links import Here
from .text import html_text


def section_cards(dataset: Dataset, here: Here) -> str:
    """Cards for each part of the site: remedies, causes, stretches, the guide and more."""
    helpful = sum(1 for r in dataset.remedies if r.verdict in {Verdict.HELPS, Verdict.MAY_HELP})
    cards = (
        (
            "remedies/index.md",
            "check",
            "What helps?",
            f"{len(dataset.remedies)} remedies rated by the evidence: {helpful} help or may help.",
        ),
        (
            "causes/index.md",
            "question",
            "What causes them?",
            f"{len(dataset.causes)} causes and things linked with night cramps.",
        ),
        (
            "stretches/index.md",
            "shield",
            "Stretches",
            f"{len(dataset.stretches)} stretches with pictures, steps and timings.",
        ),
        (
            "guide.md",
            "question",
            "Is it a cramp?",
            "Not sure what you have? A few questions, starting with the signs that need a doctor.",
        ),
        (
            "cramps-or-restless-legs.md",
            "half",
            "Cramps or restless legs?",
            "How to tell them apart, and other things that feel like a cramp.",
        ),
        (
            "medicines/index.md",
            "info",
            "Medicines that can cause cramps",
            f"{len(dataset.medications)} medicines and groups linked to cramps, and what to do.",
        ),
        (
            "myths.md",
            "cross",
            "Myths and facts",
            f"{len(dataset.claims)} popular claims checked against the evidence.",
        ),
    )
    items = "\n".join(
        f'<li class="nc-card nc-card--link"><a class="nc-card__title" href="{here.href(src)}">'
        f"{icon(glyph)}{html_text(title)}</a><p>{html_text(text)}</p></li>"
        for src, glyph, title, text in cards
    )
    return f'<ul class="nc-cards nc-cards--home">\n{items}\n</ul>'
