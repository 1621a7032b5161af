"""Shared page pieces: "Also called", review line, fact lists and warning boxes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from ..dataset import Dataset
from ..models import Fact, Record, Warning
from ..models.vocab import Safety
from .citations import Citations
from .dates import long_date
from .icons import icon
from .links import Here, record_src, record_target
from .text import html_text, md_text
from .vocab import word

_ADMONITION = {Safety.CAUTION: "warning", Safety.WARNING: "warning", Safety.DANGER: "danger"}


def also_called(record: Record) -> str:
    """The aliases line: shown so readers (and search) find a page by any of its names.

    It carries the record's search words too (see `search_words`): every record page shows
    this line, so every record page is found by the words people use for it.
    """
    marker = search_words([record])
    if not record.aliases:
        return marker
    names = ", ".join(html_text(alias) for alias in record.aliases)
    return f'<p class="nc-aliases"><strong>Also called:</strong> {names}</p>{marker}'


SEARCH_ATTRIBUTE = "data-nc-search"  # taken out of the output by macros/builder/search_words.py


def search_words(records: Iterable[Record]) -> str:
    """The names readers type for these records (aliases and search terms), for the search.

    Not the record's name: it is the page's (or a section's) heading, weighed as a title
    already; on a page of many records, their names in tags would outrank every other page.

    Material's search weighs a match in a page title a thousand times one in the text, so an
    everyday phrase in the text ("hot water bottle") lost to any page whose title shared one
    word ("Tonic water"). The search index has a third field, tags, weighed above titles: the
    macro wrapper (env.py) takes this mark out of the output and the adapter puts its words in
    the page's tags (macros/builder/search_words.py). The mark never reaches a page.
    """
    words: list[str] = []
    for record in records:
        for term in (*record.aliases, *record.search_terms):
            if term not in words:
                words.append(term)
    if not words:
        return ""
    return f'<div hidden {SEARCH_ATTRIBUTE}="{html_text("|".join(words))}"></div>'


def reviewed_on(date: dt.date, note: str) -> str:
    """The 'Last reviewed' line: a machine-readable date and a plain note on what it means."""
    return (
        f'<p class="nc-reviewed">{icon("calendar")}<span>Last reviewed: '
        f'<time datetime="{date.isoformat()}">{long_date(date)}</time>. '
        f"{html_text(note)}</span></p>"
    )


def reviewed_line(record: Record) -> str:
    """When and how the record was last checked, stated honestly."""
    return reviewed_on(record.reviewed, word("review-status", record.review_status).meaning)


def oldest_review(records: Iterable[Record]) -> dt.date | None:
    """The date by which every one of these records had been checked."""
    return min((r.reviewed for r in records), default=None)


def fact_list(facts: Sequence[Fact], citations: Citations) -> str:
    """A bulleted list of statements, each followed by its citation numbers."""
    return "\n".join(f"- {md_text(f.text)} {citations.cite(f.sources)}" for f in facts)


def step_list(steps: Sequence[str], *, ordered: bool) -> str:
    """Numbered steps or bullet points in Markdown."""
    if ordered:
        return "\n".join(f"{n}. {md_text(step)}" for n, step in enumerate(steps, start=1))
    return "\n".join(f"- {md_text(step)}" for step in steps)


def warning_box(warning: Warning, here: Here) -> str:
    """The short form of a safety warning, shown wherever what it concerns is mentioned.

    The title starts with the severity word, so the box never relies on its colour.
    """
    kind = _ADMONITION[warning.severity]
    link = here.href(record_src("warnings", warning.id))
    level = word("safety", warning.severity).label
    return (
        f'<div class="admonition {kind} nc-warning" role="note" data-warning="{warning.id}">\n'
        f'<p class="admonition-title"><span class="nc-level">{html_text(level)}</span> '
        f"{html_text(warning.name)}</p>\n"
        f"<p>{html_text(warning.summary)}</p>\n"
        f'<p><a href="{link}">Read the full warning: {html_text(warning.name)}</a></p>\n</div>'
    )


def warning_boxes(dataset: Dataset, warning_ids: Sequence[str], here: Here) -> str:
    """Every linked warning as a box, most severe first."""
    warnings = [dataset.get("warnings", w) for w in warning_ids]
    order = list(Safety)
    warnings.sort(key=lambda w: -order.index(w.severity))
    return "\n\n".join(warning_box(w, here) for w in warnings)


def mentioned_warnings(dataset: Dataset, item: Any) -> list[Warning]:
    """The warnings to show wherever a remedy or medicine is mentioned (not only its page).

    Everything linked to an item at safety warning or danger, and any linked warning that is
    itself at warning or danger (a caution-level note stays on the item's own page).
    """
    serious = {Safety.WARNING, Safety.DANGER}
    item_serious = getattr(item, "safety", None) in serious
    found = [dataset.get("warnings", w) for w in item.warnings]
    return [w for w in found if item_serious or w.severity in serious]


def mention_boxes(dataset: Dataset, items: Iterable[Any], here: Here) -> str:
    """The warning boxes for everything mentioned in one place, each warning once."""
    seen: dict[str, Warning] = {}
    for item in items:
        for warning in mentioned_warnings(dataset, item):
            seen.setdefault(warning.id, warning)
    return warning_boxes(dataset, list(seen), here)


def warning_markers(dataset: Dataset, item: Any, here: Here) -> str:
    """Small links from a table row to the warnings that must follow a remedy or medicine."""
    links = []
    for warning in mentioned_warnings(dataset, item):
        href = here.href(record_src("warnings", warning.id))
        links.append(
            f'<a class="nc-marker" href="{href}">{icon("alert")}'
            f'Read the warning<span class="nc-sr-only">: {html_text(warning.name)}</span></a>'
        )
    return "".join(links)


DONT_STOP = (
    "Do not stop a prescribed medicine without talking to your prescriber (the doctor, nurse "
    "or pharmacist who prescribed it). Stopping some medicines suddenly is dangerous, and the "
    "link with cramps is often small. If you think a medicine is causing your cramps, ask them "
    "whether a different medicine or dose could work for you. The exception is when the "
    "medicine's own patient information says to stop and get help. For statins, the NHS says: "
    "if you get muscle pain, tenderness, weakness or cramps you cannot explain, stop taking the "
    "statin and call 111 or a doctor straight away."
)


def dont_stop_box() -> str:
    """Content rule 3: shown wherever medicines are listed as a cause of cramps.

    The rule has one exception, stated in the box itself: where a medicine's own official
    patient information says to stop and get help (statins), the box says exactly that.
    """
    return (
        '<div class="admonition info nc-dont-stop" role="note">\n'
        '<p class="admonition-title">Do not stop a prescribed medicine on your own, unless its '
        "official patient information says to</p>\n"
        f"<p>{html_text(DONT_STOP)}</p>\n</div>"
    )


def link_list(dataset: Dataset, collection: str, ids: Sequence[str], here: Here) -> str:
    """A Markdown bullet list of links to records (checked by MkDocs in strict mode)."""
    lines = []
    for record_id in ids:
        record = dataset.get(collection, record_id)
        src, anchor = record_target(collection, record_id)
        lines.append(f"- [{md_text(record.name)}]({here.md(src, anchor)})")
    return "\n".join(lines)


def section(title: str, body: str) -> str:
    """A level-2 heading and its body, or nothing when the body is empty."""
    return f"## {title}\n\n{body}\n" if body.strip() else ""
