"""Safety warnings: one page per warning, and the list of them all.

The short form of each warning (blocks.warning_box) follows the remedies and medicines it
concerns around the site; these pages hold the full text with its sources.
"""

from __future__ import annotations

from ..dataset import Dataset
from ..models import Warning
from ..models.vocab import Safety
from .blocks import also_called, fact_list, link_list, section, step_list, warning_box
from .citations import Citations
from .links import Here
from .page import record_end
from .text import html_text, md_text
from .vocab import badge, word


def concerns(dataset: Dataset, warning_id: str) -> tuple[list[str], list[str]]:
    """The remedies and medicines that link this warning."""
    remedies = [r.id for r in dataset.remedies if warning_id in r.warnings]
    medicines = [m.id for m in dataset.medications if warning_id in m.warnings]
    return remedies, medicines


def warning_page(dataset: Dataset, warning_id: str, here: Here) -> str:
    """The full warning: the risks with sources, what to do, and what it applies to."""
    warning: Warning = dataset.get("warnings", warning_id)
    cites = Citations(dataset, here)
    remedies, medicines = concerns(dataset, warning_id)
    applies = "\n".join(
        part
        for part in (
            link_list(dataset, "remedies", remedies, here),
            link_list(dataset, "medications", medicines, here),
        )
        if part
    )
    kind = "danger" if warning.severity is Safety.DANGER else "warning"
    parts = [
        f"# {md_text(warning.name)}",
        also_called(warning),
        f'<div class="admonition {kind} nc-warning nc-warning--page" role="note">\n'
        f'<p class="admonition-title">{badge("safety", warning.severity)}</p>\n'
        f"<p>{html_text(word('safety', warning.severity).meaning)}</p>\n"
        f"<p>{html_text(warning.summary)} {cites.cite(warning.sources)}</p>\n</div>",
        section("The risks", fact_list(warning.points, cites)),
        section("What to do", step_list(warning.what_to_do, ordered=False)),
        section("This warning applies to", applies),
        record_end(warning, here, cites),
    ]
    return "\n\n".join(part for part in parts if part)


def warnings_index(dataset: Dataset, here: Here) -> str:
    """Every warning as its box, most serious first."""
    order = list(Safety)
    warnings = sorted(
        dataset.safety_warnings, key=lambda w: (-order.index(w.severity), w.name.lower())
    )
    return "\n\n".join(warning_box(w, here) for w in warnings)
