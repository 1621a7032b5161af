"""A validated record paired with the raw record it came from (for error positions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel

from ..errors import Problem, Severity
from ..loader import RawRecord
from ..positions import Path


@dataclass(frozen=True)
class CheckContext:
    """What every rule may need besides the records: today's date, and every declared id.

    `declared` includes ids of records that failed validation, so one broken record is
    reported once, not again by every record that points to it.
    """

    today: dt.date
    declared: Mapping[str, frozenset[str]] = field(default_factory=dict)


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
        return str(self.record.id)  # type: ignore[attr-defined]

    def problem(
        self, path: Path, message: str, severity: Severity = Severity.ERROR, *, key: bool = False
    ) -> Problem:
        """A problem located at `path` inside this record."""
        position = self.raw.position(path, key=key)
        return Problem(self.raw.file, position.line, position.column, message, severity)
