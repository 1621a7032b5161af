"""Side-by-side comparisons (night cramps or restless legs, and other look-alikes).

On a phone each row reflows into a small card (CSS reads each cell's column name from
data-label), so the page never scrolls sideways; wider screens show a normal table.
"""

from __future__ import annotations

from ..dataset import Dataset
from ..models import Comparison
from .blocks import search_words, section
from .citations import Citations
from .links import Here, record_anchor
from .red_flags import flag_cards
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


# The red flags a reader must see before any comparison: a clot can feel like a cramp, and it
# was 4.4 phone screens down, after eleven comparison rows.
CLOT_FLAGS = ("clot-in-lung-signs", "dvt-signs")


def clot_first(dataset: Dataset, here: Here, cites: Citations) -> str:
    """The clot warning signs with what to do, as care cards, at the top of the page."""
    flags = [dataset.get("red-flags", flag_id) for flag_id in CLOT_FLAGS]
    return "## Could it be a blood clot? {#could-it-be-a-clot}\n\n" + flag_cards(
        flags, here, cites, heading_level=3
    )


def comparisons_page(dataset: Dataset, here: Here) -> str:
    """The clot signs first, then every comparison in data order, each under its own
    heading, then the sources. (One 'Last reviewed' line ends the page: a line after each
    comparison looked like the end of the page.)"""
    cites = Citations(dataset, here)
    parts = [clot_first(dataset, here, cites)]
    for comparison in dataset.comparisons:
        anchor = record_anchor("comparisons", comparison.id)
        parts.append(
            f"## {md_text(comparison.name)} {{#{anchor}}}\n\n"
            f"{md_text(comparison.summary)} {cites.cite(comparison.sources)}\n\n"
            f"{comparison_table(comparison, cites)}"
        )
    parts.append(section("Sources", cites.references()))
    parts.append(search_words(dataset.comparisons))
    return "\n\n".join(parts)
