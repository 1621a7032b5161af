"""The page of one stretch (with its drawn figure) and the list of all stretches."""

from __future__ import annotations

from ..dataset import Dataset
from ..models import Stretch
from ..models.vocab import StretchTime
from .blocks import also_called, link_list, mention_boxes, section, step_list
from .citations import Citations
from .figure import render_figure
from .jsonld import condition, named
from .links import Here, record_src
from .page import record_end
from .text import html_text, md_text
from .vocab import MUSCLES, STRETCH_TIMES

# Drawn figures by record: id(stretch) -> (the record, its figure). The record is kept with
# its picture, so its id cannot be reused by another object while the entry stands.
_FIGURES: dict[int, tuple[Stretch, str]] = {}


def dose(stretch: Stretch) -> str:
    """How long and how often, in words ('Hold for 30 seconds. Do it 3 times.'), or nothing
    when the sources give no dose (a stretch held until the cramp eases)."""
    parts = []
    if stretch.hold_seconds:
        seconds = "1 second" if stretch.hold_seconds == 1 else f"{stretch.hold_seconds} seconds"
        parts.append(f"Hold for {seconds}.")
    if stretch.repetitions:
        times = "once" if stretch.repetitions == 1 else f"{stretch.repetitions} times"
        parts.append(f"Do it {times}.")
    return " ".join(parts)


def facts(stretch: Stretch) -> str:
    """Target muscles, when to do it and the dose, as a small definition list."""
    muscles = ", ".join(MUSCLES[m] for m in stretch.target_muscles)
    when = ", ".join(STRETCH_TIMES[t] for t in StretchTime if t in stretch.when)
    rows = (("Stretches", muscles), ("When", when), ("How long", dose(stretch)))
    items = "".join(
        f'<div class="nc-grade"><dt>{label}</dt><dd>{html_text(value)}</dd></div>'
        for label, value in rows
        if value
    )
    return f'<dl class="nc-grades nc-grades--plain">{items}</dl>'


def stretch_figure(stretch: Stretch) -> str:
    """The drawn figure (inline SVG) of a stretch, drawn once per record.

    Each figure appears on its page and on the index. Records are immutable and a rebuilt
    dataset (an edit under `mkdocs serve`) holds new record objects, so keying by the record
    itself never serves a stale picture and needs no copy of it as a key.
    """
    kept = _FIGURES.get(id(stretch))
    if kept is None or kept[0] is not stretch:
        if len(_FIGURES) >= 256:
            _FIGURES.clear()
        kept = _FIGURES[id(stretch)] = (stretch, render_figure(stretch))
    return kept[1]


def stretch_page(dataset: Dataset, stretch_id: str, here: Here) -> str:
    """One stretch: picture and steps side by side, the dose, cautions and related pages."""
    stretch: Stretch = dataset.get("stretches", stretch_id)
    cites = Citations(dataset, here)
    remedy_ids = list(
        dict.fromkeys(
            [*stretch.remedies, *(r.id for r in dataset.remedies if stretch_id in r.stretches)]
        )
    )
    first_aid = [a.id for a in dataset.first_aid if stretch_id in a.stretches]
    remedies = link_list(dataset, "remedies", remedy_ids, here)
    if remedies:
        boxes = mention_boxes(dataset, [dataset.get("remedies", r) for r in remedy_ids], here)
        remedies = f"{remedies}\n\n{boxes}".strip()
    steps = "\n".join(f"<li>{html_text(step)}</li>" for step in stretch.steps)
    figure = stretch_figure(stretch)
    amount = dose(stretch)
    how = (
        "## How to do it\n\n"
        f'<div class="nc-stretch{" nc-stretch--figure" if figure else ""}">\n'
        + (f'<div class="nc-stretch__figure">{figure}</div>\n' if figure else "")
        + f'<div class="nc-stretch__steps">\n<ol>\n{steps}\n</ol>\n'
        + (f'<p class="nc-dose"><strong>{html_text(amount)}</strong></p>' if amount else "")
        + "</div>\n</div>"
    )
    parts = [
        f"# {md_text(stretch.name)}",
        also_called(stretch),
        facts(stretch),
        f"{md_text(stretch.summary)} {cites.cite(stretch.sources)}",
        how,
        section("Be careful", step_list(stretch.cautions, ordered=False)),
        section("Use it for", link_list(dataset, "first-aid", first_aid, here)),
        section("Remedies that use it", remedies),
        record_end(
            stretch,
            here,
            cites,
            condition(possibleTreatment=named("ExercisePlan", stretch.name, stretch.aliases)),
        ),
    ]
    return "\n\n".join(part for part in parts if part)


def stretches_index(dataset: Dataset, here: Here) -> str:
    """Every stretch as a card: name, what it stretches, when and for how long."""
    cards = []
    for stretch in dataset.stretches:
        muscles = ", ".join(MUSCLES[m] for m in stretch.target_muscles)
        when = ", ".join(STRETCH_TIMES[t] for t in StretchTime if t in stretch.when)
        meta = " · ".join(part for part in (muscles, when, dose(stretch)) if part)
        figure = stretch_figure(stretch)
        cards.append(
            '<li class="nc-card nc-card--stretch">'
            + (f'<div class="nc-card__figure" aria-hidden="true">{figure}</div>' if figure else "")
            + f'<a class="nc-card__title" href="{here.href(record_src("stretches", stretch.id))}">'
            f"{html_text(stretch.name)}</a>"
            f'<p class="nc-card__meta">{html_text(meta)}</p>'
            f"<p>{html_text(stretch.summary)}</p></li>"
        )
    return '<ul class="nc-cards">\n' + "\n".join(cards) + "\n</ul>"
