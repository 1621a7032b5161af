"""A validated record paired with the raw record it came from, and what every rule may know."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..reading.errors import Problem, Severity
from ..reading.loader import RawRecord
from ..reading.positions import Path


@dataclass(frozen=True)
class CheckContext:
    """What every rule may need besides the valid records.

    `declared` includes ids of records that failed validation, and the ids (file names) of
    one-record-per-file files that could not be read, so one broken record is reported once,
    not again by every record that points to it. `unreadable` names the collections whose list
    file could not be read at all: which ids it declares is unknown, so a reference into it is
    not reported as missing (the file's own error is; once it is fixed, references are checked
    again). `invalid` holds the records that failed validation, so rules that can work on the
    raw data (references, table shape) still report their mistakes in the same run.
    """

    today: dt.date
    declared: Mapping[str, frozenset[str]] = field(default_factory=dict)
    unreadable: frozenset[str] = frozenset()
    invalid: tuple[RawRecord, ...] = ()


@dataclass(frozen=True)
class Entry:
    """One typed record and where it was written."""

    raw: RawRecord
    record: BaseModel

    @property
    def collection(self) -> str:
        return self.raw.kind.collection

    @property
    def id(self) -> str:
        # Every kind's model has an `id` (Record and Source), but the registry types models as
        # any pydantic model, so the checker cannot know it here.
        return str(self.record.id)  # type: ignore[attr-defined]

    def problem(
        self, path: Path, message: str, severity: Severity = Severity.ERROR, *, key: bool = False
    ) -> Problem:
        """A problem located at `path` inside this record."""
        return located(self.raw, path, message, severity, key=key)


def every_record(
    entries: Sequence[Entry], context: CheckContext
) -> list[tuple[RawRecord, Mapping[str, Any]]]:
    """Every record with its top-level fields: validated values for valid records, the raw
    data for records that failed validation (so rules on them still run in the same pass)."""
    found: list[tuple[RawRecord, Mapping[str, Any]]] = [(e.raw, dict(e.record)) for e in entries]
    found += [(raw, raw.data) for raw in context.invalid if isinstance(raw.data, dict)]
    return found


def located(
    raw: RawRecord,
    path: Path,
    message: str,
    severity: Severity = Severity.ERROR,
    *,
    key: bool = False,
) -> Problem:
    """A problem located at `path` inside a raw record, valid or not."""
    position = raw.position(path, key=key)
    return Problem(raw.file, position.line, position.column, message, severity)
