"""Shared page pieces: "Also called", review line, fact lists and warning boxes."""

from __future__ import annotations

from collections.abc import Sequence

from ..dataset import Dataset
from ..models import Fact, Record, Warning
from ..models.vocab import Safety
from .citations import Citations
from .links import Here, record_src
from .text import html_text, md_text

REVIEW_STATUS_TEXT = {
    "sources-checked": "Checked against the sources cited on this page. "
    "Not yet reviewed by a clinician.",
}

_ADMONITION = {Safety.CAUTION: "warning", Safety.WARNING: "warning", Safety.DANGER: "danger"}


def also_called(record: Record) -> str:
    """The aliases line: shown so readers (and search) find a page by any of its names."""
    if not record.aliases:
        return ""
    names = ", ".join(html_text(alias) for alias in record.aliases)
    return f'<p class="nc-aliases"><strong>Also called:</strong> {names}</p>'


def reviewed_line(record: Record) -> str:
    """When and how the record was last checked, stated honestly."""
    status = REVIEW_STATUS_TEXT[record.review_status.value]
    return (
        f'<p class="nc-reviewed">Last reviewed: '
        f'<time datetime="{record.reviewed.isoformat()}">{record.reviewed:%-d %B %Y}</time>. '
        f"{html_text(status)}</p>"
    )


def fact_list(facts: Sequence[Fact], citations: Citations) -> str:
    """A bulleted list of statements, each followed by its citation numbers."""
    return "\n".join(f"- {md_text(f.text)} {citations.cite(f.sources)}" for f in facts)


def step_list(steps: Sequence[str], *, ordered: bool) -> str:
    """Numbered steps or bullet points in Markdown."""
    if ordered:
        return "\n".join(f"{n}. {md_text(step)}" for n, step in enumerate(steps, start=1))
    return "\n".join(f"- {md_text(step)}" for step in steps)


def warning_box(warning: Warning, here: Here) -> str:
    """The short form of a safety warning, shown wherever what it concerns is mentioned."""
    kind = _ADMONITION[warning.severity]
    link = here.href(record_src("warnings", warning.id))
    return (
        f'<div class="admonition {kind} nc-warning" role="note">\n'
        f'<p class="admonition-title">{html_text(warning.name)}</p>\n'
        f"<p>{html_text(warning.summary)}</p>\n"
        f'<p><a href="{link}">Read the full warning</a></p>\n</div>'
    )


def warning_boxes(dataset: Dataset, warning_ids: Sequence[str], here: Here) -> str:
    """Every linked warning as a box, most severe first."""
    warnings = [dataset.get("warnings", w) for w in warning_ids]
    order = list(Safety)
    warnings.sort(key=lambda w: -order.index(w.severity))
    return "\n\n".join(warning_box(w, here) for w in warnings)


def section(title: str, body: str) -> str:
    """A level-2 heading and its body, or nothing when the body is empty."""
    return f"## {title}\n\n{body}\n" if body.strip() else ""
