"""A pull request that moves a grade must say why: the rule behind `make diff --check`.

Readers trust a verdict because they can see how it came about. So a change to a record's
verdict, certainty, safety level (or a warning's severity, a red flag's urgency) between two
revisions must come with a new entry in that record's `changes` list. The rule compares the
records as written on both sides (the same reading `make diff` uses), so it works on any
clone that has both revisions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..reading.errors import Problem
from ..reading.loader import RawRecord

# The fields whose change a reader must be told about.
GRADED_FIELDS = ("verdict", "certainty", "safety", "severity", "urgency")

Key = tuple[str, str]


def _entries(record: Mapping[str, Any]) -> list[Any]:
    changes = record.get("changes")
    return list(changes) if isinstance(changes, list) else []


def unrecorded(
    before: Mapping[Key, Mapping[str, Any]], after: Mapping[Key, RawRecord]
) -> list[Problem]:
    """One located problem per record whose grade moved without a new history entry."""
    problems = []
    for key, raw in after.items():
        old = before.get(key)
        if old is None or not isinstance(raw.data, dict):
            continue
        moved = [f for f in GRADED_FIELDS if f in old and old.get(f) != raw.data.get(f)]
        if not moved:
            continue
        new_entries = [e for e in _entries(raw.data) if e not in _entries(old)]
        if new_entries:
            continue
        field = moved[0]
        what = ", ".join(f"{f} from {old.get(f)} to {raw.data.get(f)}" for f in moved)
        where = raw.position((field,))
        problems.append(
            Problem(
                raw.file,
                where.line,
                where.column,
                f"this change moves the {what}, but the record's changes: list has no new "
                "entry. Add one at the top with the date, what changed and why, so readers "
                "can see why the grade moved.",
            )
        )
    return sorted(problems)
