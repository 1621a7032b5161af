"""The "What changed" page and the history section at the end of a record's own page.

Both show the entries contributors wrote into the records' `changes` lists: what changed,
when and why, with the sources behind the change, so a returning reader can see why a verdict
moved and a reviewer can check it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..dataset import Dataset
from ..dataset.history import HistoryEntry, entries_of, history
from ..models import Record
from .blocks import warning_markers
from .citations import Citations
from .dates import long_date
from .links import Here, record_target
from .text import html_text

FEED_FILE = "changes.xml"  # written beside the site's pages by the export step
CHANGES_PAGE = "changes.md"


def _entry_item(entry: HistoryEntry, cites: Citations, link: str = "", markers: str = "") -> str:
    """One entry as a list item: the date, the record (when given a link), what and why.

    `markers` links to the record's safety warnings: a remedy at warning or danger is never
    named without them, here as anywhere else.
    """
    when = f'<time datetime="{entry.date.isoformat()}">{long_date(entry.date)}</time>'
    named = f' · <a href="{link}">{html_text(entry.record_name)}</a>{markers}' if link else ""
    return (
        f'<li id="change-{html_text(entry.key)}"><p class="nc-change__when">{when}{named}</p>\n'
        f'<p class="nc-change__what"><strong>{html_text(entry.what)}</strong> '
        f"{html_text(entry.why)} {cites.cite(entry.sources)}</p></li>"
    )


def _entry_list(items: Sequence[str]) -> str:
    return '<ol class="nc-changes" reversed>\n' + "\n".join(items) + "\n</ol>"


def record_history(collection: str, record: Record, cites: Citations) -> str:
    """The 'What changed' list for a record's own page (empty when it has no history)."""
    entries = sorted(entries_of(collection, record), key=lambda e: e.date, reverse=True)
    return _entry_list([_entry_item(entry, cites) for entry in entries]) if entries else ""


def changes_page(dataset: Dataset, here: Here) -> str:
    """Every change on the site, newest first, each linking to where the record is shown."""
    cites = Citations(dataset, here)
    entries = history(dataset)
    if not entries:
        return "<p>No changes have been recorded yet.</p>"
    items = []
    for entry in entries:
        src, anchor = record_target(entry.collection, entry.record_id)
        record = dataset.get(entry.collection, entry.record_id)
        markers = warning_markers(dataset, record, here) if hasattr(record, "warnings") else ""
        items.append(_entry_item(entry, cites, here.href(src, anchor), markers))
    feed = here.file_href(FEED_FILE)  # a file at the site's root, not a page
    parts = [
        f'<p class="nc-feed">Follow these changes in a feed reader: '
        f'<a href="{feed}" type="application/atom+xml">Atom feed of changes</a>. '
        "They are also in the JSON API as <code>api/v1/changes.json</code>.</p>",
        _entry_list(items),
    ]
    references = cites.references()
    if references:
        parts.append(f"## Sources\n\n{references}")
    return "\n\n".join(parts)
