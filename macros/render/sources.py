"""The Sources page: the bibliography, and for each source every record that cites it."""

from __future__ import annotations

from collections.abc import Mapping

from ..checks.references import source_ids
from ..dataset import Dataset
from ..models import Record
from ..models.kinds import KINDS
from .citations import KIND_LABELS, check_record, format_source, source_anchor
from .links import Here, record_target
from .text import html_text, md_text
from .vocab import vocabulary

GROUP_TITLES = {value: shown.group for value, shown in vocabulary("source-kind").items()}


def cited_by(dataset: Dataset) -> Mapping[str, list[tuple[str, Record]]]:
    """source id -> every (collection, record) that cites it anywhere in its fields."""
    index: dict[str, list[tuple[str, Record]]] = {}
    for kind in KINDS:
        if kind.collection == "sources":
            continue
        for record in dataset.all(kind.collection):
            for source_id in sorted(source_ids(record)):
                index.setdefault(source_id, []).append((kind.collection, record))
    return index


def _users(users: list[tuple[str, Record]], here: Here) -> str:
    if not users:
        return '<p class="nc-src__used">Read while writing this site; not cited on a page yet.</p>'
    links = []
    for collection, record in users:
        src, anchor = record_target(collection, record.id)
        links.append(f'<a href="{here.href(src, anchor)}">{html_text(record.name)}</a>')
    return f'<p class="nc-src__used">Cited on: {", ".join(links)}</p>'


def sources_page(dataset: Dataset, here: Here) -> str:
    """Every source grouped by kind (strongest kinds first), newest first within a group."""
    index = cited_by(dataset)
    parts = [
        f"{len(dataset.sources)} sources, of which "
        f"{sum(1 for s in dataset.sources if index.get(s.id))} are cited on the site's pages. "
        "Each entry links to the source itself and to the pages that use it."
    ]
    for kind in GROUP_TITLES:
        sources = sorted(
            (s for s in dataset.sources if s.kind is kind), key=lambda s: (-s.year, s.title)
        )
        if not sources:
            continue
        items = "\n".join(
            f'<li class="nc-src" id="{source_anchor(s.id)}">{format_source(s)}'
            f'<p class="nc-src__checked">{html_text(check_record(s))}</p>'
            f"{_users(index.get(s.id, []), here)}</li>"
            for s in sources
        )
        parts.append(
            f"## {md_text(GROUP_TITLES[kind])} {{#kind-{kind.value}}}\n\n"
            f'<ul class="nc-srcs" aria-label="{html_text(KIND_LABELS[kind.value])} sources">\n'
            f"{items}\n</ul>"
        )
    return "\n\n".join(parts)
