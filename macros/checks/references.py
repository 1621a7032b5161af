"""Every id a record points to must exist, so no page links to nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from ..models.base import is_slug
from ..models.kinds import KINDS_BY_COLLECTION
from ..reading.errors import Problem
from ..reading.loader import RawRecord
from ..reading.positions import Path
from .entry import CheckContext, Entry, located

# Field name in the data -> the collection its ids point into.
REFERENCE_FIELDS = {
    "sources": "sources",
    "warnings": "warnings",
    "stretches": "stretches",
    "remedies": "remedies",
    "causes": "causes",
    "medications": "medications",
}


def references(value: Any, path: Path = ()) -> Iterator[tuple[Path, str, str]]:
    """Yield (path, collection, id) for every reference inside a dumped record."""
    if isinstance(value, dict):
        for key, child in value.items():
            target = REFERENCE_FIELDS.get(key)
            if target and isinstance(child, list) and all(isinstance(x, str) for x in child):
                for index, ref in enumerate(child):
                    yield (*path, key, index), target, ref
            else:
                yield from references(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from references(child, (*path, index))


def source_ids(record: BaseModel) -> set[str]:
    """Every source id a record cites anywhere in its fields."""
    dumped = record.model_dump(mode="json")
    return {ref for _, target, ref in references(dumped) if target == "sources"}


def check_references(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Report each reference to an id that no record of the right kind has.

    Records that failed validation are checked too, from their raw data, so a broken reference
    is reported alongside the record's other mistakes rather than only after they are fixed.
    A reference that is not even shaped like an id is left to the validator's own message.
    """
    written: list[tuple[RawRecord, Any]] = [
        (entry.raw, entry.record.model_dump(mode="json")) for entry in entries
    ]
    written += [(raw, raw.data) for raw in context.invalid if isinstance(raw.data, dict)]
    problems = []
    for raw, data in written:
        if raw.kind.collection == "sources":
            continue
        for path, target, ref in references(data):
            ref = ref.strip()
            if not is_slug(ref) or target in context.unreadable:
                continue
            if ref not in context.declared.get(target, set()):
                problems.append(located(raw, path, _missing(target, ref)))
    return problems


def _missing(target: str, ref: str) -> str:
    kind = KINDS_BY_COLLECTION[target]
    where = f"data/{kind.path}" + ("/" if kind.one_per_file else "")
    return (
        f'"{ref}" is not the id of any {kind.label} in {where}; check the spelling or add it there.'
    )
