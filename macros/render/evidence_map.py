"""The evidence map: every remedy placed by verdict (does it help?) against certainty.

Drawn here as inline SVG from the data (no charting library, no request to another host).
Safety is shown by the shape of each mark and named in its label and legend, not by colour
alone; each mark links to its remedy page. The remedies table is the map's text alternative.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

from ..dataset import Dataset
from ..models import Remedy
from ..models.vocab import Certainty, Safety, Verdict
from .evidence_summary import evidence_summary
from .icons import icon
from .links import Here, record_src
from .marks import key_mark, shape
from .text import html_text
from .vocab import question, word

LABEL_W = 112  # the row labels on the left
TOP = 58  # column labels
BOTTOM = 12
SUB_W = 150  # width of one column of marks inside a cell
PER_SUB = 6  # marks per column of marks before a cell widens
MAX_SUBS = 3
LINE = 17  # height of one line of a label (the labels are 14 px)
GAP = 10  # space between two marks: one-line marks are 27 px apart, over the 24 px minimum
PAD = 10  # space inside a cell
WRAP = 18  # characters per label line


def _lines(name: str) -> list[str]:
    """A remedy name wrapped onto short lines, never cut: a reader sees every name whole."""
    return textwrap.wrap(name, WRAP) or [name]


def _axes(remedies: Sequence[Remedy]) -> tuple[list[Certainty], list[Verdict]]:
    """The columns and rows worth drawing: only grades some remedy has, so no empty column or
    row takes room from the names. "Helps" always stays, empty or not: that nothing is
    proven to help yet is the first thing a reader needs to see."""
    certainties = {r.certainty for r in remedies}
    verdicts = {r.verdict for r in remedies} | {Verdict.HELPS}
    columns = [c for c in reversed(Certainty) if c in certainties]  # left to right: less sure
    rows = [v for v in Verdict if v in verdicts]  # top to bottom: helps ... harmful
    return columns, rows


def _height(remedy: Remedy) -> float:
    return len(_lines(remedy.name)) * LINE + GAP


def _describe(remedy: Remedy) -> str:
    """The spoken label of a mark: every fact its position, shape and colour encode."""
    return (
        f"{remedy.name}: {word('verdict', remedy.verdict).label}, "
        f"{word('certainty', remedy.certainty).label.lower()}, "
        f"safety: {word('safety', remedy.safety).label.lower()}"
    )


def _mark(remedy: Remedy, x: float, y: float, here: Here) -> str:
    """One remedy: shape and name inside a link, over an invisible box that takes the click
    (text alone only catches the pointer on its letters) and shows the keyboard focus."""
    href = html_text(here.url_to(record_src("remedies", remedy.id)))
    lines = _lines(remedy.name)
    text = "".join(
        f'<tspan x="{x + 16:.1f}" dy="{0 if i == 0 else LINE}">{html_text(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    hit = (
        f'<rect class="nc-map__hit" x="{x - 2:.1f}" y="{y - 15:.1f}" width="{SUB_W - 8}" '
        f'height="{len(lines) * LINE + GAP - 1}" rx="3"/>'
    )
    # xlink:href, not href: Material's instant loading rewrites every [href] element's `href`
    # property, which on an SVG link is read-only and throws; browsers follow xlink:href alike.
    return (
        f'<a xlink:href="{href}" class="nc-map__mark nc-map__mark--{remedy.safety.value}" '
        f'aria-label="{html_text(_describe(remedy))}">'
        f"<title>{html_text(_describe(remedy))}</title>{hit}"
        f"{shape(remedy.safety, x + 6, y - 4)}"
        f'<text x="{x + 16:.1f}" y="{y:.1f}">{text}</text></a>'
    )


def _cells(remedies: Sequence[Remedy]) -> dict[tuple[Verdict, Certainty], list[Remedy]]:
    cells: dict[tuple[Verdict, Certainty], list[Remedy]] = {}
    for remedy in sorted(remedies, key=lambda r: (list(Safety).index(r.safety), r.name.lower())):
        cells.setdefault((remedy.verdict, remedy.certainty), []).append(remedy)
    return cells


def legend() -> str:
    """The key to the marks, in HTML so it stays readable at any width."""
    items = "".join(
        f"<li>{key_mark(s)}{html_text(word('safety', s).label)}: "
        f"{html_text(word('safety', s).meaning)}</li>"
        for s in Safety
    )
    return f'<ul class="nc-map__legend" aria-label="Key to the marks">{items}</ul>'


def _split(items: list[Remedy], parts: int) -> list[list[Remedy]]:
    """Items in `parts` columns, filled top to bottom then left to right."""
    per = max(1, math.ceil(len(items) / parts))
    return [items[i : i + per] for i in range(0, len(items), per)] or [[]]


def evidence_map(dataset: Dataset, here: Here) -> str:
    """The remedies in short (shown on narrow screens) and the whole figure (on wide ones):
    SVG chart, legend and a pointer to the table that says the same.

    A crowded column (often "very low certainty": many remedies are barely studied) gets up to
    three columns of marks, so the chart grows wider rather than very tall.
    """
    cells = _cells(dataset.remedies)
    COLUMNS, ROWS = _axes(dataset.remedies)
    subs = {
        c: min(MAX_SUBS, max(1, math.ceil(max(len(cells.get((v, c), [])) for v in ROWS) / PER_SUB)))
        for c in COLUMNS
    }
    lefts, x = {}, float(LABEL_W)
    for c in COLUMNS:
        lefts[c] = x
        x += subs[c] * SUB_W
    width = x + 4
    heights = [
        max(
            [
                sum(_height(r) for r in part)
                for c in COLUMNS
                for part in _split(cells.get((verdict, c), []), subs[c])
            ]
            + [LINE + GAP]
        )
        + 2 * PAD
        for verdict in ROWS
    ]
    total = TOP + sum(heights) + BOTTOM
    out = [
        f'<svg class="nc-map" viewBox="0 0 {width:.0f} {total:.0f}" role="group" '
        f'style="--nc-map-width: {width:.0f}px" aria-labelledby="nc-map-title nc-map-desc">',
        '<title id="nc-map-title">Evidence map of remedies for night leg cramps</title>',
        '<desc id="nc-map-desc">Each remedy is placed by whether it helps (rows, best at the '
        "top) and how sure the evidence is (columns, most sure on the right). The shape of "
        "each mark shows how safe it is. The table below gives the same information.</desc>",
        f'<text class="nc-map__axis" x="{LABEL_W + 6}" y="18">{question("certainty")} '
        "Less sure on the left, more sure on the right →</text>",
        f'<text class="nc-map__axis nc-map__axis--rows" x="8" y="{TOP - 14}">'
        f"{question('verdict')} ↓</text>",
    ]
    for certainty in COLUMNS:
        mid = lefts[certainty] + subs[certainty] * SUB_W / 2
        label = word("certainty", certainty).label
        out.append(
            f'<text class="nc-map__col" x="{mid:.1f}" y="{TOP - 14}">{html_text(label)}</text>'
        )
    y = float(TOP)
    for verdict, height in zip(ROWS, heights, strict=True):
        out.append(
            f'<rect class="nc-map__row nc-map__row--{verdict.value}" x="0" y="{y:.1f}" '
            f'width="{width:.0f}" height="{height:.1f}"/>'
        )
        out.append(
            f'<text class="nc-map__rowlabel" x="8" y="{y + PAD + 12:.1f}">'
            f"{html_text(word('verdict', verdict).label)}</text>"
        )
        if not any(cells.get((verdict, c)) for c in COLUMNS):
            out.append(
                f'<text class="nc-map__none" x="{LABEL_W + 8}" y="{y + PAD + 12:.1f}">'
                "None yet: no remedy is proven to help.</text>"
            )
        for certainty in COLUMNS:
            parts = _split(cells.get((verdict, certainty), []), subs[certainty])
            for index, part in enumerate(parts):
                cy = y + PAD + 12
                for remedy in part:
                    out.append(_mark(remedy, lefts[certainty] + index * SUB_W + 6, cy, here))
                    cy += _height(remedy)
        y += height
    for certainty in COLUMNS:
        gx = lefts[certainty]
        out.append(
            f'<line class="nc-map__grid" x1="{gx:.1f}" y1="{TOP - 30}" x2="{gx:.1f}" y2="{y:.1f}"/>'
        )
    out.append("</svg>")
    return (
        evidence_summary(dataset, here)
        + '\n<figure class="nc-figure nc-map-figure" id="evidence-map">\n'
        '<div class="nc-map-wrap" tabindex="0" role="region" aria-label="Evidence map (scrolls '
        'sideways on small screens)">\n'
        + "\n".join(out)
        + "\n</div>\n"
        + legend()
        + f"\n<figcaption>{icon('info')}Where each remedy stands: does it help (rows) and how "
        "sure we are (columns). Select a remedy to read about it. "
        '<a href="#remedies-table">The table below</a> lists the same information and can '
        "be sorted and filtered.</figcaption>\n</figure>"
    )
