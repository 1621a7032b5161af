"""Every id a record points to must exist, so no page links to nothing."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from ..models.base import is_slug, refers_to
from ..models.kinds import KINDS_BY_COLLECTION
from ..reading.errors import Problem
from ..reading.loader import RawRecord
from ..reading.positions import Path
from .entry import CheckContext, Entry, located


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    """The models inside a field's type (through Optional, list and Annotated)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _nested_models(typing.get_args(annotation)[0])
    if origin in {typing.Union, types.UnionType, list, tuple}:
        return [m for arg in typing.get_args(annotation) for m in _nested_models(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def references(
    model: type[BaseModel], value: Any, path: Path = ()
) -> Iterator[tuple[Path, str, str]]:
    """Yield (path, collection, id) for every reference in a record's data.

    A field is a reference when its type says so (`RefersTo` in models/base.py), whatever it
    is called; the data may be a dumped record or the raw data of one that failed validation,
    so only lists of strings are taken as ids and anything else is left to the validator.
    """
    if not isinstance(value, dict):
        return
    for key, child in value.items():
        info = model.model_fields.get(key) if isinstance(key, str) else None
        if info is None:
            continue
        target = refers_to(info)
        if target is not None:
            if isinstance(child, list) and all(isinstance(x, str) for x in child):
                for index, ref in enumerate(child):
                    yield (*path, key, index), target, ref
            continue
        for nested in _nested_models(info.annotation):
            if isinstance(child, list):
                for index, item in enumerate(child):
                    yield from references(nested, item, (*path, key, index))
            else:
                yield from references(nested, child, (*path, key))


def source_ids(record: BaseModel) -> set[str]:
    """Every source id a record cites anywhere in its fields."""
    dumped = record.model_dump(mode="json")
    return {ref for _, target, ref in references(type(record), dumped) if target == "sources"}


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
        for path, target, ref in references(raw.kind.model, data):
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
