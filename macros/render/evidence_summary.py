"""The remedies in short: what a reader most needs to know, as a list that fits a phone.

The evidence map is a wide chart; on a phone it became a sideways-scrolling grid whose first
screen was two empty rows ("Helps", "May help" looked empty) above a long "Unclear" column,
with names cut short. This list says the same in reading order instead: only the verdicts
some remedy has, best first; within each, the safest first; every name whole; each a link
tall enough to tap. The map stays for wide screens, where it fits and shows the overall shape.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dataset import Dataset
from ..models import Remedy
from ..models.vocab import Certainty, Safety, Verdict
from .links import Here, record_src
from .marks import key_mark
from .text import html_text
from .vocab import word


def _item(remedy: Remedy, here: Here) -> str:
    """A remedy with its certainty and safety in words, on a row tall enough to tap."""
    href = html_text(here.href(record_src("remedies", remedy.id)))
    meta = (
        f"{word('certainty', remedy.certainty).label} · "
        f"Safety: {word('safety', remedy.safety).label}"
    )
    return (
        f'<li><a href="{href}">{key_mark(remedy.safety)}'
        f'<span class="nc-sum__name">{html_text(remedy.name)}</span>'
        f'<span class="nc-sum__meta">{html_text(meta)}</span></a></li>'
    )


def _chip(remedy: Remedy, here: Here) -> str:
    """A remedy in a long list: its name only (the group heading gives its safety)."""
    href = html_text(here.href(record_src("remedies", remedy.id)))
    return (
        f'<li><a href="{href}">{key_mark(remedy.safety)}'
        f'<span class="nc-sum__name">{html_text(remedy.name)}</span></a></li>'
    )


def _order(remedies: Sequence[Remedy]) -> list[Remedy]:
    """Safest first, then the surer evidence, then by name: what a reader can try first."""
    return sorted(
        remedies,
        key=lambda r: (
            list(Safety).index(r.safety),
            list(Certainty).index(r.certainty),
            r.name.lower(),
        ),
    )


# Answers first, unknowns last: "does not help" is news a reader needs (magnesium is popular),
# while the long list of barely studied remedies is for looking one up.
ORDER = [Verdict.HELPS, Verdict.MAY_HELP, Verdict.NO_BENEFIT, Verdict.HARMFUL, Verdict.UNCLEAR]
LONG = 6  # a group longer than this is split by safety into lists of names


def _heading(verdict: Verdict, count: int) -> str:
    shown = word("verdict", verdict)
    return (
        f'<h2 class="nc-sum__title"><span class="nc-badge nc-verdict--{verdict.value}">'
        f'{html_text(shown.label)}</span> <span class="nc-sum__count">{count}</span></h2>'
        f'<p class="nc-sum__meaning">{html_text(shown.meaning)}</p>'
    )


def _by_safety(remedies: Sequence[Remedy], here: Here) -> str:
    """A long group as short lists of names under their safety: what is safe to try first."""
    out = []
    for safety in Safety:
        group = [r for r in _order(remedies) if r.safety is safety]
        if not group:
            continue
        shown = word("safety", safety)
        out.append(
            f'<h3 class="nc-sum__safety">{key_mark(safety)}{html_text(shown.label)}: '
            f'<span class="nc-sum__why">{html_text(shown.meaning)}</span></h3>'
            f'<ul class="nc-sum__chips">{"".join(_chip(r, here) for r in group)}</ul>'
        )
    return "".join(out)


def evidence_summary(dataset: Dataset, here: Here) -> str:
    """One short section per verdict that has remedies, answers first."""
    by_verdict: dict[Verdict, list[Remedy]] = {}
    for remedy in dataset.remedies:
        by_verdict.setdefault(remedy.verdict, []).append(remedy)
    parts = []
    if not by_verdict.get(Verdict.HELPS):
        parts.append(
            '<p class="nc-sum__lead"><strong>No remedy is proven to help yet.</strong> '
            "Here is what the research says, answers first.</p>"
        )
    for verdict in ORDER:
        remedies = by_verdict.get(verdict)
        if not remedies:
            continue
        rows = "".join(_item(r, here) for r in _order(remedies))
        body = (
            _by_safety(remedies, here)
            if len(remedies) > LONG
            else f'<ul class="nc-sum__list">{rows}</ul>'
        )
        parts.append(
            f'<section class="nc-sum__group nc-sum__group--{verdict.value}">'
            f"{_heading(verdict, len(remedies))}{body}</section>"
        )
    return '<div class="nc-sum" id="remedies-in-short">' + "".join(parts) + "</div>"
