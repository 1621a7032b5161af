"""The site-wide history: every dated `changes` entry of every record, newest first.

Contributors write the history into the records themselves (a `changes` list of date, what and
why), so it reads the same on any builder and in any clone, however shallow. This module only
collects it; the page, the Atom feed and the JSON API all read this one list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models.kinds import KINDS
from . import Dataset


@dataclass(frozen=True)
class HistoryEntry:
    """One change to one record, with enough about the record to link to it."""

    date: dt.date
    collection: str
    record_id: str
    record_name: str
    what: str
    why: str
    sources: tuple[str, ...]

    @property
    def key(self) -> str:
        """A stable id for the entry (the feed's entry ids and the page's anchors use it)."""
        return f"{self.collection}-{self.record_id}-{self.date.isoformat()}-{self.index}"

    index: int = 0  # position among the record's entries on the same date


def collection_of(record: object) -> str:
    """The collection a record belongs to, from its model (each model has one kind)."""
    for kind in KINDS:
        if type(record) is kind.model:
            return kind.collection
    raise LookupError(f"{type(record).__name__} is not a record model of any kind")


def entries_of(collection: str, record: object) -> list[HistoryEntry]:
    """One record's entries in the order written (newest first, as contributors write them)."""
    found = []
    same_day: dict[dt.date, int] = {}
    for change in getattr(record, "changes", ()):
        index = same_day.get(change.date, 0)
        same_day[change.date] = index + 1
        found.append(
            HistoryEntry(
                date=change.date,
                collection=collection,
                record_id=str(getattr(record, "id", "")),
                record_name=str(getattr(record, "name", "")),
                what=change.what,
                why=change.why,
                sources=tuple(change.sources),
                index=index,
            )
        )
    return found


def history(dataset: Dataset) -> tuple[HistoryEntry, ...]:
    """All entries, newest first; ties keep the order of the collections and the data files."""
    found = [
        entry
        for kind in KINDS
        for record in dataset.all(kind.collection)
        for entry in entries_of(kind.collection, record)
    ]
    # sorted() is stable, so entries of one date keep their data order.
    return tuple(sorted(found, key=lambda entry: entry.date, reverse=True))
