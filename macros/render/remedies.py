"""The remedies table and the page of one remedy."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from ..dataset import Dataset
from ..models import Remedy
from ..models.vocab import Certainty, RemedyKind, RemedyUse, Safety, Verdict
from .blocks import (
    also_called,
    fact_list,
    link_list,
    section,
    step_list,
    warning_boxes,
    warning_markers,
)
from .citations import Citations
from .jsonld import condition, named
from .links import Here, record_src
from .page import record_end
from .text import html_text, md_text
from .vocab import REMEDY_KINDS, USES, badge, question, rank, word

# Schema.org type of each kind of remedy, for the page's JSON-LD.
SCHEMA_TYPES = {
    RemedyKind.PRESCRIPTION: "Drug",
    RemedyKind.SUPPLEMENT: "DietarySupplement",
}


def use_text(remedy: Remedy) -> str:
    """'During a cramp', 'To prevent' or both, in a fixed order."""
    return " and ".join(USES[u] for u in RemedyUse if u in remedy.use)


def verdict_badges(remedy: Remedy) -> str:
    """Verdict, certainty and safety as words with icons, each with its question."""
    rows = (
        (question(name), badge(name, value), word(name, value))
        for name, value in (
            ("verdict", remedy.verdict),
            ("certainty", remedy.certainty),
            ("safety", remedy.safety),
        )
    )
    items = "".join(
        f'<div class="nc-grade"><dt>{asked}</dt><dd>{shown}'
        f'<span class="nc-grade__meaning">{html_text(w.meaning)}</span></dd></div>'
        for asked, shown, w in rows
    )
    return f'<dl class="nc-grades">{items}</dl>'


def remedy_about(remedy: Remedy) -> dict[str, Any]:
    """JSON-LD: the condition, with this remedy as a possible treatment."""
    kind = SCHEMA_TYPES.get(remedy.kind, "MedicalTherapy")
    return condition(possibleTreatment=named(kind, remedy.name, remedy.aliases))


def mentions(dataset: Dataset, remedy_id: str) -> tuple[list[str], list[str], list[str]]:
    """Records that point at a remedy: (causes, claims, stretches) ids, for 'See also'."""
    causes = [c.id for c in dataset.causes if remedy_id in c.remedies]
    claims = [c.id for c in dataset.claims if remedy_id in c.remedies]
    stretches = [s.id for s in dataset.stretches if remedy_id in s.remedies]
    return causes, claims, stretches


def remedy_page(dataset: Dataset, remedy_id: str, here: Here) -> str:
    """Everything about one remedy: verdict first, then evidence, how-to, cautions, sources."""
    remedy: Remedy = dataset.get("remedies", remedy_id)
    cites = Citations(dataset, here)
    causes, claims, stretch_backlinks = mentions(dataset, remedy_id)
    stretches = list(dict.fromkeys([*remedy.stretches, *stretch_backlinks]))
    see_also = "\n".join(
        part
        for part in (
            link_list(dataset, "causes", causes, here),
            link_list(dataset, "claims", claims, here),
        )
        if part
    )
    parts = [
        f"# {md_text(remedy.name)}",
        also_called(remedy),
        verdict_badges(remedy),
        warning_boxes(dataset, remedy.warnings, here),
        f'<p class="nc-use"><strong>Used:</strong> {html_text(use_text(remedy))} · '
        f"<strong>Type:</strong> {html_text(REMEDY_KINDS[remedy.kind])}</p>",
        f"{md_text(remedy.summary)} {cites.cite(remedy.sources)}",
        section("What the research says", fact_list(remedy.evidence, cites)),
        section(how_to_heading(remedy), step_list(remedy.how_to, ordered=True)),
        section("Who should be careful", step_list(remedy.careful, ordered=False)),
        section("Stretches to try", link_list(dataset, "stretches", stretches, here)),
        section("See also", see_also),
        record_end(remedy, here, cites, remedy_about(remedy)),
    ]
    return "\n\n".join(part for part in parts if part)


def how_to_heading(remedy: Remedy) -> str:
    """The heading over a remedy's steps. "How to do it" over a remedy rated Danger or Does
    not help read as an invitation; there the steps say what to do instead."""
    if remedy.verdict in (Verdict.NO_BENEFIT, Verdict.HARMFUL):
        return "What to do instead"
    if remedy.safety is Safety.DANGER:
        return "If you are thinking of trying it"
    return "How to do it"


def _filter(column: str, options: list[tuple[str, str]]) -> str:
    """Header attributes that tell the table script which values a column can be filtered by."""
    data = html_text(json.dumps(options))
    return f' data-nc-filter="{column}" data-nc-options="{data}"'


def remedies_table(dataset: Dataset, here: Here) -> str:
    """All remedies in one table; a plain table that the table script can sort and filter."""
    rows = []
    for remedy in sorted(dataset.remedies, key=lambda r: r.name.lower()):
        link = here.href(record_src("remedies", remedy.id))
        uses = " ".join(u.value for u in RemedyUse if u in remedy.use)
        rows.append(
            f'<tr id="remedy-{remedy.id}">'
            f'<th scope="row" data-sort="{html_text(remedy.name.lower())}">'
            f'<a href="{link}">{html_text(remedy.name)}</a></th>'
            f'<td data-label="When" data-sort="{html_text(use_text(remedy))}" '
            f'data-value="{uses}">{html_text(use_text(remedy))}</td>'
            f'<td data-label="{question("verdict")}" data-sort="{rank("verdict", remedy.verdict)}" '
            f'data-value="{remedy.verdict}">{badge("verdict", remedy.verdict)}</td>'
            f'<td data-label="{question("certainty", short=True)}" '
            f'data-sort="{rank("certainty", remedy.certainty)}" '
            f'data-value="{remedy.certainty}">{badge("certainty", remedy.certainty)}</td>'
            f'<td data-label="{question("safety", short=True)}" '
            f'data-sort="{rank("safety", remedy.safety)}" '
            f'data-value="{remedy.safety}">'
            f"{badge('safety', remedy.safety)}{warning_markers(dataset, remedy, here)}</td>"
            "</tr>"
        )
    present: dict[str, set[StrEnum]] = {
        "use": {u for r in dataset.remedies for u in r.use},
        "verdict": {r.verdict for r in dataset.remedies},
        "certainty": {r.certainty for r in dataset.remedies},
        "safety": {r.safety for r in dataset.remedies},
    }
    options = {
        "use": [(u.value, USES[u]) for u in RemedyUse if u in present["use"]],
        "verdict": [
            (v.value, word("verdict", v).label) for v in Verdict if v in present["verdict"]
        ],
        "certainty": [
            (c.value, word("certainty", c).label) for c in Certainty if c in present["certainty"]
        ],
        "safety": [(s.value, word("safety", s).label) for s in Safety if s in present["safety"]],
    }
    head = (
        '<th scope="col" data-nc-sort>Remedy</th>'
        f'<th scope="col" data-nc-sort{_filter("use", options["use"])}>When</th>'
        + "".join(
            f'<th scope="col" data-nc-sort{_filter(name, options[name])}>'
            f"{question(name, short=True)}</th>"
            for name in ("verdict", "certainty", "safety")
        )
    )
    return (
        '<div class="nc-table-wrap nc-reflow nc-reflow--inline" tabindex="0" role="region" '
        'aria-label="All remedies">\n'
        '<table class="nc-table nc-remedies" id="remedies-table" data-nc-table '
        'data-nc-noun="remedies">\n'
        f"<caption>All {len(rows)} remedies, with what the evidence says</caption>\n"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</div>"
    )
