"""The About page's data-driven parts: the words we grade with, and the honest review status."""

from __future__ import annotations

import datetime as dt

from ..dataset import Dataset
from ..registry import KINDS
from .blocks import REVIEW_STATUS_TEXT, long_date
from .links import Here
from .text import html_text
from .vocab import badge, vocabulary

QUESTIONS = {
    "verdict": "Does it help?",
    "certainty": "How sure are we?",
    "safety": "Is it safe?",
    "urgency": "How fast to get help",
    "claim": "Is a popular claim true?",
    "strength": "How sure is the link between a cause and cramps?",
    "association": "How strongly is a medicine linked to cramps?",
}

OVERDUE_AFTER = dt.timedelta(days=3 * 365)


def vocabulary_table(dataset: Dataset, here: Here, name: str) -> str:
    """One of the site's grading scales: each word as it appears on pages, and its meaning."""
    rows = "\n".join(
        f"<tr><td>{badge(name, value)}</td><td>{html_text(shown.meaning)}</td></tr>"
        for value, shown in vocabulary(name).items()
    )
    return (
        '<div class="nc-table-wrap" tabindex="0" role="region" '
        f'aria-label="{html_text(QUESTIONS[name])}">\n'
        f'<table class="nc-table nc-vocab">\n<caption>{html_text(QUESTIONS[name])}</caption>\n'
        '<thead><tr><th scope="col">On the page</th><th scope="col">What it means</th></tr>'
        f"</thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n</div>"
    )


def review_status(dataset: Dataset, here: Here, today: dt.date | None = None) -> str:
    """How many records there are, how they were checked, and how old the oldest check is."""
    today = today or dt.date.today()
    records = [
        r for kind in KINDS if kind.collection != "sources" for r in dataset.all(kind.collection)
    ]
    if not records:
        return ""
    statuses = sorted({r.review_status.value for r in records})
    oldest = min(r.reviewed for r in records)
    newest = max(r.reviewed for r in records)
    overdue = sum(1 for r in records if today - r.reviewed > OVERDUE_AFTER)
    how = " ".join(REVIEW_STATUS_TEXT[s] for s in statuses)
    items = [
        f"{len(records)} entries (remedies, causes, medicines, warnings, stretches, first aid, "
        f"red flags, comparisons, claims and glossary terms), citing {len(dataset.sources)} "
        "sources.",
        f"How they were checked: {how}",
        f"Checked between {long_date(oldest)} and {long_date(newest)}.",
        "Entries overdue for review (checked more than 3 years ago): "
        + (str(overdue) if overdue else "none")
        + ".",
    ]
    return (
        '<ul class="nc-status">\n'
        + "\n".join(f"<li>{html_text(item)}</li>" for item in items)
        + "\n</ul>"
    )
