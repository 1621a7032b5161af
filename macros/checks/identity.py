"""Ids are unique within their kind, and equal the file name for one-record-per-file kinds."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath

from ..errors import Problem
from ..models.base import is_slug
from .entry import CheckContext, Entry


def check_identity(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Duplicate ids would make links ambiguous; a mismatched file name hides a record."""
    problems: list[Problem] = []
    seen: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        key = (entry.collection, entry.id)
        if key in seen:
            first = seen[key]
            problems.append(
                entry.problem(
                    ("id",),
                    f'the id "{entry.id}" is already used by another {entry.raw.kind.label} '
                    f"({first.raw.file} line {first.raw.position(('id',)).line}); "
                    "every id must be unique.",
                )
            )
        else:
            seen[key] = entry
        if entry.raw.kind.one_per_file:
            stem = PurePosixPath(entry.raw.file).stem
            if stem != entry.id:
                problems.append(entry.problem(("id",), _name_mismatch(entry.id, stem)))
    return problems


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
