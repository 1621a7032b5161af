"""Ids are unique within their kind, and equal the file name for one-record-per-file kinds."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any

from ..models.base import is_slug
from ..reading.errors import Problem
from ..reading.loader import RawRecord
from .entry import CheckContext, Entry, every_record, located


def check_identity(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Duplicate ids would make links ambiguous; a mismatched file name hides a record.

    Records that failed validation are checked too, when their id itself is valid.
    """
    problems: list[Problem] = []
    seen: dict[tuple[str, str], RawRecord] = {}
    for raw, fields in sorted(every_record(entries, context), key=_file_order):
        record_id = fields.get("id")
        if not isinstance(record_id, str) or not is_slug(record_id.strip()):
            continue  # the validator reports a missing or malformed id
        record_id = record_id.strip()
        key = (raw.kind.collection, record_id)
        if key in seen:
            first = seen[key]
            problems.append(
                located(
                    raw,
                    ("id",),
                    f'the id "{record_id}" is already used by another {raw.kind.label} '
                    f"({first.file} line {first.position(('id',)).line}); "
                    "every id must be unique.",
                )
            )
        else:
            seen[key] = raw
        if raw.kind.one_per_file:
            stem = PurePosixPath(raw.file).stem
            if stem != record_id:
                problems.append(located(raw, ("id",), _name_mismatch(record_id, stem)))
    return problems


def _file_order(item: tuple[RawRecord, Any]) -> tuple[str, int]:
    """Records in the order they are written, so the later of two duplicates is reported."""
    raw = item[0]
    return raw.file, raw.position().line


def _name_mismatch(record_id: str, stem: str) -> str:
    """Say how to make file name and id agree, proposing only ids the validator accepts."""
    if is_slug(stem):
        return (
            f'the id "{record_id}" does not match the file name "{stem}.yaml"; '
            f'rename the file or change the id to "{stem}".'
        )
    return (
        f'the file name "{stem}.yaml" is not a valid id (lowercase letters, digits and single '
        f'hyphens); rename the file to "{record_id}.yaml" to match the id.'
    )
