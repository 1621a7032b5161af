"""What every content page ends with: sources, the review date and matching JSON-LD.

Record pages take these from their record; listing and prose pages call `page_info`, which
dates them by the oldest review of the records they show (or a date given in the page).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..dataset import Dataset
from ..dataset.history import collection_of
from ..models import Record
from .blocks import oldest_review, reviewed_line, reviewed_on, section
from .changes import record_history
from .citations import Citations
from .jsonld import script, webpage
from .links import Here


def record_end(
    record: Record, here: Here, cites: Citations, about: Mapping[str, Any] | None = None
) -> str:
    """What changed, sources, 'Last reviewed' and the page's JSON-LD for one record page."""
    changed = section("What changed", record_history(collection_of(record), record, cites))
    data = webpage(
        here,
        name=record.name,
        description=record.summary,
        reviewed=record.reviewed,
        about=about,
        sources=cites.cited(),
    )
    parts = [changed, section("Sources", cites.references()), reviewed_line(record), script(data)]
    return "\n\n".join(part for part in parts if part)


def page_info(
    dataset: Dataset,
    here: Here,
    *collections: str,
    reviewed: str | None = None,
    about: Mapping[str, Any] | None = None,
) -> str:
    """'Last reviewed' and JSON-LD for a page that shows many records, or prose of its own.

    With collections, the date is the oldest review among their records: every entry on the
    page was checked on or after it. With `reviewed` (YYYY-MM-DD), the page's own text was.
    """
    if reviewed:
        date = dt.date.fromisoformat(reviewed)
        note = "The text on this page was checked on this date."
    else:
        records = [r for c in collections for r in dataset.all(c)]
        found = oldest_review(records)
        if found is None:
            return ""
        date = found
        note = "Everything on this page was checked against its sources on or after this date."
    data = webpage(here, name=here.title, description=here.description, reviewed=date, about=about)
    return "\n\n".join([reviewed_on(date, note), script(data)])
