"""Numbered citations on a page, and the formatted reference they point to.

A record page numbers its sources in the order they are first cited; each number links to
the page's reference list, and each reference links to the full entry on the Sources page.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..dataset import Dataset
from ..models import Source
from ..models.vocab import CheckedAgainst
from .dates import long_date
from .links import Here
from .text import html_text
from .vocab import vocabulary, word

SOURCES_PAGE = "sources/index.md"

# The label of each source kind, by its word (the Sources page and each reference).
KIND_LABELS = {value.value: shown.label for value, shown in vocabulary("source-kind").items()}


def check_record(source: Source) -> str:
    """One sentence saying what a source was checked against and when (the Sources page)."""
    checked = word("checked-against", source.checked.against).meaning
    return f"{checked} on {long_date(source.checked.date)}."


def source_anchor(source_id: str) -> str:
    """The id of a source's entry on the Sources page."""
    return f"src-{source_id}"


def format_source(source: Source) -> str:
    """One reference in a Vancouver-like style, as HTML, with DOI and PubMed links."""
    authors = ", ".join(source.authors[:6]) + (", et al" if len(source.authors) > 6 else "")
    parts = [f"{html_text(authors)}. " if authors else ""]
    if source.checked.against is CheckedAgainst.NOT_FOUND:
        # Never shown as if it were confirmed: the reader sees this before the title.
        parts.insert(0, '<strong class="nc-unconfirmed">Not confirmed.</strong> ')
    parts.append(f"<cite>{html_text(source.title)}</cite>. ")
    parts.append(f"{html_text(source.publisher)}; {source.year}. ")
    links = [f'<a href="{html_text(str(source.url))}" rel="noopener">Read it</a>']
    if source.doi:
        links.append(
            f'<a href="https://doi.org/{html_text(source.doi)}" rel="noopener">'
            f"doi:{html_text(source.doi)}</a>"
        )
    if source.pmid:
        links.append(
            f'<a href="https://pubmed.ncbi.nlm.nih.gov/{html_text(source.pmid)}/" '
            f'rel="noopener">PMID {html_text(source.pmid)}</a>'
        )
    kind = f'<span class="nc-kind">{html_text(KIND_LABELS[source.kind.value])}</span> '
    return kind + "".join(parts) + " · ".join(links)


def runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted numbers as (first, last) runs of consecutive numbers: [1,2,3,5] -> (1,3),(5,5)."""
    out: list[tuple[int, int]] = []
    for n in numbers:
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def _run_link(run: tuple[int, int]) -> str:
    first, last = run
    if last - first >= 2:
        return f'<a href="#ref-{first}" aria-label="{first} to {last}">{first}–{last}</a>'
    return ", ".join(f'<a href="#ref-{n}">{n}</a>' for n in range(first, last + 1))


class Citations:
    """Collects the sources one page cites, numbering them in order of first use."""

    def __init__(self, dataset: Dataset, here: Here) -> None:
        self._dataset = dataset
        self._here = here
        self._order: list[str] = []

    def number(self, source_id: str) -> int:
        """The 1-based number of a source on this page (assigned on first use)."""
        if source_id not in self._order:
            self._order.append(source_id)
        return self._order.index(source_id) + 1

    def links(self, source_ids: Iterable[str]) -> str:
        """The citation links alone: numbers, each run of three or more as a range ("1–9").

        "[1, 2, 3, 4, 5, 6, 7, 8, 9]" after a first-aid step slowed a reader in pain. Sources
        are numbered in order of first use, so a claim's sources are often one run; the range
        links to its first reference, and the rest of the run follows it in the list: a
        checker still reaches every source in one tap.
        """
        numbers = sorted({self.number(s) for s in source_ids})
        return ", ".join(_run_link(run) for run in runs(numbers))

    def cite(self, source_ids: Iterable[str]) -> str:
        """Superscript citation links after a statement, or nothing if it has no sources."""
        links = self.links(source_ids)
        return f'<sup class="nc-cite">[{links}]</sup>' if links else ""

    def cited(self) -> list[Source]:
        """Every source cited on this page so far, in citation order."""
        return [self._dataset.get("sources", s) for s in self._order]

    def references(self) -> str:
        """The numbered reference list for everything cited on the page so far."""
        if not self._order:
            return ""
        items = []
        for n, source_id in enumerate(self._order, start=1):
            source = self._dataset.get("sources", source_id)
            more = self._here.href(SOURCES_PAGE, source_anchor(source_id))
            items.append(
                f'<li id="ref-{n}">{format_source(source)} · '
                f'<a href="{more}">Where we use it</a></li>'
            )
        # Out of the search index: readers search for what pages say, not for the titles and
        # authors of the studies behind it (the Sources page keeps those searchable). It was
        # most of the index's weight, and the index loads with every page.
        return '<ol class="nc-refs" data-search-exclude>\n' + "\n".join(items) + "\n</ol>"
