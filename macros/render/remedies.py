"""The remedies table and the page of one remedy."""

from __future__ import annotations

from ..dataset import Dataset
from ..models import Remedy
from ..models.vocab import RemedyUse
from .blocks import also_called, fact_list, reviewed_line, section, step_list, warning_boxes
from .citations import Citations
from .links import Here, record_src
from .text import html_text, md_text
from .vocab import badge, rank

USE_LABELS = {RemedyUse.DURING: "During a cramp", RemedyUse.PREVENT: "To prevent"}


def use_text(remedy: Remedy) -> str:
    """'During a cramp', 'To prevent' or both, in a fixed order."""
    return " and ".join(USE_LABELS[u] for u in RemedyUse if u in remedy.use)


def verdict_badges(remedy: Remedy) -> str:
    """Verdict, certainty and safety as words with icons."""
    return (
        '<p class="nc-badges">'
        + badge("verdict", remedy.verdict, explain=True)
        + badge("certainty", remedy.certainty, explain=True)
        + badge("safety", remedy.safety, explain=True)
        + "</p>"
    )


def remedy_page(dataset: Dataset, remedy_id: str, here: Here) -> str:
    """Everything about one remedy: verdict first, then evidence, how-to, cautions, sources."""
    remedy: Remedy = dataset.get("remedies", remedy_id)
    cites = Citations(dataset, here)
    summary = f"{md_text(remedy.summary)} {cites.cite(remedy.sources)}"
    stretches = "\n".join(
        f"- [{md_text(dataset.get('stretches', s).name)}]({here.md(record_src('stretches', s))})"
        for s in remedy.stretches
    )
    parts = [
        f"# {md_text(remedy.name)}",
        also_called(remedy),
        verdict_badges(remedy),
        f'<p class="nc-use"><strong>Used:</strong> {html_text(use_text(remedy))}</p>',
        summary,
        warning_boxes(dataset, remedy.warnings, here),
        section("What the research says", fact_list(remedy.evidence, cites)),
        section("How to do it", step_list(remedy.how_to, ordered=True)),
        section("Who should be careful", step_list(remedy.careful, ordered=False)),
        section("Stretches", stretches),
        section("Sources", cites.references()),
        reviewed_line(remedy),
    ]
    return "\n\n".join(part for part in parts if part)


def remedies_table(dataset: Dataset, here: Here) -> str:
    """All remedies in one table; a plain table that scripts can sort and filter."""
    rows = []
    for remedy in sorted(dataset.remedies, key=lambda r: r.name.lower()):
        link = here.href(record_src("remedies", remedy.id))
        rows.append(
            "<tr>"
            f'<td data-sort="{html_text(remedy.name.lower())}">'
            f'<a href="{link}">{html_text(remedy.name)}</a></td>'
            f'<td data-sort="{html_text(use_text(remedy))}">{html_text(use_text(remedy))}</td>'
            f'<td data-sort="{rank("verdict", remedy.verdict)}">{badge("verdict", remedy.verdict)}</td>'
            f'<td data-sort="{rank("certainty", remedy.certainty)}">'
            f'{badge("certainty", remedy.certainty)}</td>'
            f'<td data-sort="{rank("safety", remedy.safety)}">{badge("safety", remedy.safety)}</td>'
            "</tr>"
        )
    head = "".join(
        f'<th scope="col">{name}</th>'
        for name in ("Remedy", "When", "Does it help?", "How sure?", "Safety")
    )
    return (
        '<div class="nc-table-wrap" tabindex="0" role="region" aria-label="All remedies">\n'
        '<table class="nc-table" id="remedies-table" data-nc-sortable data-nc-filterable>\n'
        f"<caption>All {len(rows)} remedies, with what the evidence says</caption>\n"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>"
    )
