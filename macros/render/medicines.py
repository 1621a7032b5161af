"""Medicines linked to cramps: the table on the Medicines page and one page per medicine.

Every place that lists medicines as a cause also says not to stop them without the
prescriber (evidence rule 6 in CONTRIBUTING.md): the table, each medicine page and each cause page.
"""

from __future__ import annotations

import json

from ..dataset import Dataset
from ..models import Medication
from ..models.vocab import Association
from .blocks import (
    also_called,
    dont_stop_box,
    fact_list,
    link_list,
    section,
    warning_boxes,
    warning_markers,
)
from .citations import Citations
from .jsonld import condition, named
from .links import Here, record_src
from .page import record_end
from .text import html_text, md_text
from .vocab import badge, rank, word


def medication_page(dataset: Dataset, medication_id: str, here: Here) -> str:
    """One medicine or class: how strong the link is, the evidence and what to do."""
    medicine: Medication = dataset.get("medications", medication_id)
    cites = Citations(dataset, here)
    shown = word("association", medicine.association)
    examples = ", ".join(html_text(e) for e in medicine.examples)
    causes = [c.id for c in dataset.causes if medication_id in c.medications]
    parts = [
        f"# {md_text(medicine.name)}",
        also_called(medicine),
        f'<dl class="nc-grades"><div class="nc-grade"><dt>Link with cramps</dt><dd>'
        f'{badge("association", medicine.association)}<span class="nc-grade__meaning">'
        f"{html_text(shown.meaning)}</span></dd></div>"
        f'<div class="nc-grade"><dt>Group</dt><dd>{html_text(medicine.drug_class)}</dd></div>'
        f'<div class="nc-grade"><dt>For example</dt><dd>{examples}</dd></div></dl>',
        f"{md_text(medicine.summary)} {cites.cite(medicine.sources)}",
        dont_stop_box(),
        warning_boxes(dataset, medicine.warnings, here),
        section("What the research says", fact_list(medicine.evidence, cites)),
        section("See also", link_list(dataset, "causes", causes, here)),
        record_end(
            medicine,
            here,
            cites,
            condition(riskFactor=named("MedicalRiskFactor", medicine.name, medicine.aliases)),
        ),
    ]
    return "\n\n".join(part for part in parts if part)


def medicines_table(dataset: Dataset, here: Here) -> str:
    """Every medicine linked to cramps, strongest link first, after the 'do not stop' advice."""
    rows = []
    medicines = sorted(
        dataset.medications,
        key=lambda m: (rank("association", m.association), m.name.lower()),
    )
    for medicine in medicines:
        link = here.href(record_src("medications", medicine.id))
        markers = warning_markers(dataset, medicine, here)
        rows.append(
            f'<tr id="medicine-{medicine.id}">'
            f'<th scope="row" data-sort="{html_text(medicine.name.lower())}">'
            f'<a href="{link}">{html_text(medicine.name)}</a>{markers}</th>'
            f'<td data-label="Group" data-sort="{html_text(medicine.drug_class.lower())}">'
            f"{html_text(medicine.drug_class)}</td>"
            f'<td data-label="Examples">{html_text(", ".join(medicine.examples))}</td>'
            f'<td data-label="Link with cramps" '
            f'data-sort="{rank("association", medicine.association)}" '
            f'data-value="{medicine.association}">{badge("association", medicine.association)}'
            "</td></tr>"
        )
    options = [
        (a.value, word("association", a).label)
        for a in Association
        if any(m.association is a for m in dataset.medications)
    ]
    head = (
        '<th scope="col" data-nc-sort>Medicine</th>'
        '<th scope="col" data-nc-sort>Group</th>'
        '<th scope="col">Examples</th>'
        f'<th scope="col" data-nc-sort data-nc-filter="association" '
        f'data-nc-options="{html_text(json.dumps(options))}">Link with cramps</th>'
    )
    return (
        dont_stop_box()
        + '\n\n<div class="nc-table-wrap nc-reflow nc-reflow--inline" tabindex="0" role="region" '
        'aria-label="Medicines linked to cramps">\n'
        '<table class="nc-table nc-medicines" id="medicines-table" data-nc-table '
        'data-nc-noun="medicines">\n'
        f"<caption>{len(rows)} medicines and groups of medicines linked to night cramps"
        "</caption>\n"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</div>"
    )
