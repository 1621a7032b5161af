"""The About page's data-driven parts: the words we grade with, and the honest review status."""

from __future__ import annotations

import datetime as dt

from ..dataset import Dataset
from ..models.base import REVIEW_AFTER, REVIEW_AFTER_YEARS
from ..models.kinds import KINDS
from ..models.vocab import CheckedAgainst
from .dates import long_date
from .links import Here
from .text import html_text
from .vocab import badge, question, vocabulary, word


def vocabulary_table(dataset: Dataset, here: Here, name: str) -> str:
    """One of the site's grading scales: each word as it appears on pages, and its meaning."""
    rows = "\n".join(
        f"<tr><td>{badge(name, value)}</td><td>{html_text(shown.meaning)}</td></tr>"
        for value, shown in vocabulary(name).items()
    )
    return (
        '<div class="nc-table-wrap" tabindex="0" role="region" '
        f'aria-label="{html_text(question(name))}">\n'
        f'<table class="nc-table nc-vocab">\n<caption>{html_text(question(name))}</caption>\n'
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
    overdue = sum(1 for r in records if today - r.reviewed > REVIEW_AFTER)
    how = " ".join(word("review-status", s).meaning for s in statuses)
    kinds = [kind.plural_label for kind in KINDS if kind.collection != "sources"]
    items = [
        f"{len(records)} entries ({', '.join(kinds[:-1])} and {kinds[-1]}), citing "
        f"{len(dataset.sources)} sources.",
        f"How they were checked: {how}",
        f"Checked between {long_date(oldest)} and {long_date(newest)}.",
        f"Entries overdue for review (checked more than {REVIEW_AFTER_YEARS} years ago): "
        + (str(overdue) if overdue else "none")
        + ".",
    ]
    return (
        '<ul class="nc-status">\n'
        + "\n".join(f"<li>{html_text(item)}</li>" for item in items)
        + "\n</ul>"
    )


AUTHORED = {"guideline", "systematic-review", "rct", "observational", "review", "letter"}


def source_checks(dataset: Dataset, here: Here) -> str:
    """Honest counts of how far every source was confirmed, from each source's check record."""
    sources = dataset.sources
    if not sources:
        return ""
    counts: dict[str, int] = {}
    for source in sources:
        counts[source.checked.against.value] = counts.get(source.checked.against.value, 0) + 1
    dates = sorted(s.checked.date for s in sources)
    no_authors = sum(1 for s in sources if s.kind.value in AUTHORED and not s.authors)
    when = (
        f"all checked on {long_date(dates[0])}"
        if dates[0] == dates[-1]
        else f"checked between {long_date(dates[0])} and {long_date(dates[-1])}"
    )
    items = [
        f"{len(sources)} sources, {when}. Each entry on the Sources page says what it was "
        "checked against and when."
    ]
    items += [
        f"Checked against {word('checked-against', against).label}: {counts[against]}."
        for against in CheckedAgainst
        if counts.get(against)
    ]
    if no_authors:
        items.append(
            f"Studies, reviews or guidelines whose authors we could not confirm, so none are "
            f"listed: {no_authors}."
        )
    return (
        '<ul class="nc-status">\n'
        + "\n".join(f"<li>{html_text(item)}</li>" for item in items)
        + "\n</ul>"
    )
