"""Side-by-side comparisons (night cramps or restless legs, and other look-alikes).

On a phone each row reflows into a small card (CSS reads each cell's column name from
data-label), so the page never scrolls sideways; wider screens show a normal table.
"""

from __future__ import annotations

from ..dataset import Dataset
from ..models import Comparison
from .blocks import reviewed_line, search_words, section
from .citations import Citations
from .links import Here, record_anchor
from .text import html_text, md_text


def comparison_table(comparison: Comparison, cites: Citations) -> str:
    """One comparison as an accessible table: row headers, column headers, citations."""
    head = '<th scope="col"><span class="nc-sr-only">Point</span></th>' + "".join(
        f'<th scope="col">{html_text(c)}</th>' for c in comparison.columns
    )
    rows = []
    for row in comparison.rows:
        cells = "".join(
            f'<td data-label="{html_text(column)}">{html_text(cell)}</td>'
            for column, cell in zip(comparison.columns, row.cells, strict=True)
        )
        rows.append(
            f'<tr><th scope="row">{html_text(row.label)} {cites.cite(row.sources)}</th>{cells}</tr>'
        )
    return (
        f'<div class="nc-table-wrap nc-reflow" tabindex="0" role="region" '
        f'aria-label="{html_text(comparison.name)}">\n'
        f'<table class="nc-table nc-compare nc-compare--{len(comparison.columns)}">\n'
        f'<caption class="nc-sr-only">{html_text(comparison.name)}</caption>\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</div>"
    )


def comparisons_page(dataset: Dataset, here: Here) -> str:
    """Every comparison in data order, each under its own heading, then the sources."""
    cites = Citations(dataset, here)
    parts = []
    for comparison in dataset.comparisons:
        anchor = record_anchor("comparisons", comparison.id)
        parts.append(
            f"## {md_text(comparison.name)} {{#{anchor}}}\n\n"
            f"{md_text(comparison.summary)} {cites.cite(comparison.sources)}\n\n"
            f"{comparison_table(comparison, cites)}\n\n{reviewed_line(comparison)}"
        )
    parts.append(section("Sources", cites.references()))
    parts.append(search_words(dataset.comparisons))
    return "\n\n".join(parts)
