"""Review dates: never in the future; older than the review interval is flagged as overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..models.base import REVIEW_AFTER, REVIEW_AFTER_YEARS
from ..reading.errors import Problem, Severity
from .entry import CheckContext, Entry, every_record, located


def check_dates(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """A future date would claim a check that has not happened; old ones need a new look.

    Records that failed validation are checked too, when their date itself is valid.
    """
    problems = []
    for raw, fields in every_record(entries, context):
        reviewed = as_date(fields.get("reviewed"))
        if reviewed is None:
            continue
        if reviewed > context.today:
            problems.append(
                located(
                    raw,
                    ("reviewed",),
                    f"the review date {reviewed.isoformat()} is in the future; use the date "
                    "the record was actually checked (today or earlier).",
                )
            )
        elif context.today - reviewed > REVIEW_AFTER:
            problems.append(
                located(
                    raw,
                    ("reviewed",),
                    f"this record was last reviewed on {reviewed.isoformat()}, more than "
                    f"{REVIEW_AFTER_YEARS} years ago; check it against its sources again and "
                    "update the date.",
                    Severity.WARNING,
                )
            )
    return problems


def as_date(value: Any) -> dt.date | None:
    """A date as the validator would accept it (a date, or text written YYYY-MM-DD), or None."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
