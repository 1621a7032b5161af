"""Review dates: never in the future; older than three years is flagged as overdue."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import Problem, Severity
from .entry import CheckContext, Entry

OVERDUE_AFTER_DAYS = 3 * 365


def check_dates(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """A future date would claim a check that has not happened; old ones need a new look."""
    problems = []
    for entry in entries:
        reviewed = getattr(entry.record, "reviewed", None)
        if reviewed is None:
            continue
        if reviewed > context.today:
            problems.append(
                entry.problem(
                    ("reviewed",),
                    f"the review date {reviewed.isoformat()} is in the future; use the date "
                    "the record was actually checked (today or earlier).",
                )
            )
        elif (context.today - reviewed).days > OVERDUE_AFTER_DAYS:
            problems.append(
                entry.problem(
                    ("reviewed",),
                    f"this record was last reviewed on {reviewed.isoformat()}, more than 3 years "
                    "ago; check it against its sources again and update the date.",
                    Severity.WARNING,
                )
            )
    return problems
