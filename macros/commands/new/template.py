"""The commented skeleton of a record, generated from its model.

Generated rather than hand-written so that a skeleton always has exactly the fields the
validator expects. Its placeholders are chosen to *fail* validation with a plain message until
they are replaced: an empty text (`""`), `choose-one` for a controlled word (the error then
lists the allowed words), `YYYY-MM-DD` for a date, `NUMBER` for a number, `[]` for a required
list of source ids. A skeleton that validated as written could be merged half-finished; this
one cannot, and `make validate` becomes the contributor's checklist.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterator
from enum import Enum
from typing import Any

from pydantic import BaseModel, HttpUrl
from pydantic.fields import FieldInfo

from ...models.base import refers_to
from ...models.kinds import Kind

TEXT = '""'
WORD = "choose-one"
DATE = "YYYY-MM-DD"
NUMBER = "NUMBER"
URL = "https://"

# Help for fields whose model has no description, or whose description is written for
# programmers. Keys are "collection.field" (one kind) or "field" (every kind). A test makes
# sure every field of every record type is explained here or in its model.
GUIDANCE: dict[str, str] = {
    "id": "The id, used in links and file names. Do not change it once published.",
    "name": "The name readers know it by; for pages, also the page title.",
    "summary": "Two or three short sentences a 10-year-old could follow.",
    "remedies.summary": (
        "Two or three short sentences a 10-year-old could follow: what it is, what the "
        "evidence says, whether it is safe."
    ),
    "causes.summary": (
        "Two or three short sentences a 10-year-old could follow: how it is linked to cramps "
        "and how sure we are."
    ),
    "claims.name": "The claim as people say it, e.g. 'Bananas stop night cramps'.",
    "claims.summary": "What the evidence says about the claim, in short plain sentences.",
    "glossary.name": "The word or phrase being explained.",
    "glossary.summary": "What it means, in one or two short plain sentences.",
    "red-flags.name": "The sign, as a reader would notice it.",
    "red-flags.summary": "What the sign may mean and why it matters, in plain words.",
    "first-aid.name": "Where the cramp is, e.g. 'Calf cramp'.",
    "guide-questions.name": "The question, as the guide asks it, e.g. 'Are you pregnant?'.",
    "guide-questions.summary": "One or two short sentences: why we ask, in plain words.",
    "guide-questions.end": (
        "Where the path ends instead of next: a red_flag (its urgency and action are shown) "
        "and/or one page (first_aid, comparison, cause, medication or remedy), e.g. "
        "{red_flag: urge-to-move-legs, comparison: cramps-vs-restless-legs}."
    ),
    "sources": "Ids from data/sources.yaml that support this; add the source there first.",
    "reviewed": "The date you checked this record against its sources (YYYY-MM-DD).",
    "evidence": "What the studies found: one plain statement per item, each with its sources.",
    "text": "One plain-language statement.",
    "how_to": "Steps, if it is worth doing. Leave [] if not.",
    "careful": "Who should be careful, and why. Leave [] if nobody.",
    "warnings": "Ids of warning records in data/warnings/ that apply (required at safety "
    "'warning' or 'danger').",
    "stretches": "Ids of related stretches in data/stretches/.",
    "remedies": "Ids of related remedies in data/remedies/.",
    "causes": "Ids of related causes in data/causes/.",
    "medications": "Ids of medicines in data/medications/ linked to this.",
    "what_to_do": "What a reader can do about it, one step per item.",
    "aliases": "Other names people search for, e.g. [charley horse].",
    "drug_class": "The group of medicines, e.g. statins.",
    "examples": "Names of medicines in this group that readers may recognise.",
    "steps": "What to do, one short step per item, in order.",
    "hold_seconds": "How long to hold the stretch, in seconds (a whole number).",
    "repetitions": "How many times to repeat it (a whole number).",
    "cautions": "Who should be careful, and why. Leave [] if nobody.",
    "figure": (
        "The illustration, drawn from these numbers: every angle is the direction a body part "
        "points (0 down, 90 forward, 180 up), explained at the top of macros/models/pose.py. "
        "Easiest: copy the figure of a similar stretch in data/stretches/, change it, and look "
        "at the picture with make serve."
    ),
    "props": "What the figure uses: a wall, chair, step, towel or bed.",
    "start": "The pose at the start of the movement.",
    "end": "The pose at the end of the movement (held for hold_seconds).",
    "label": "What this row compares.",
    "cells": "One cell per column, in the same order as the columns.",
    "columns": "The column headings, in order.",
    "rows": "One item per point of comparison.",
    "origin": "Where readers meet the claim.",
    "sources.id": "A short id for citing it, e.g. smith2020-rct (author, year, kind).",
    "sources.title": "The title as published.",
    "year": "The year it was published.",
    "doi": "The DOI without https://doi.org/, e.g. 10.1002/14651858.CD009402.pub3.",
    "pmid": 'The PubMed id, in quotes, e.g. "22341378".',
}


def guidance(kind: Kind, field: str, info: FieldInfo) -> str:
    """The comment shown above a field: ours first, then the model's description."""
    return (
        GUIDANCE.get(f"{kind.collection}.{field}")
        or GUIDANCE.get(field)
        or (info.description or "")
    )


def _parts(annotation: Any) -> tuple[Any, bool, bool]:
    """(inner type, is a list, may be None) with Annotated and Optional peeled off."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _parts(typing.get_args(annotation)[0])
    if origin in {typing.Union, types.UnionType}:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner, is_list, _ = _parts(args[0])
        return inner, is_list, True
    if origin is list:
        inner, _, _ = _parts(typing.get_args(annotation)[0])
        return inner, True, False
    return annotation, False, False


def _words(inner: Any) -> list[str] | None:
    """The allowed words of an Enum or Literal field, else None."""
    if isinstance(inner, type) and issubclass(inner, Enum):
        return [str(member.value) for member in inner]
    if typing.get_origin(inner) is typing.Literal:
        return [str(getattr(arg, "value", arg)) for arg in typing.get_args(inner)]
    return None


def _scalar_placeholder(inner: Any) -> str:
    """A value of the right shape that fails validation until it is replaced."""
    if _words(inner) is not None:
        return WORD
    if inner is dt.date:
        return DATE
    if inner is int or inner is float:
        return NUMBER
    if isinstance(inner, type) and issubclass(inner, HttpUrl):
        return URL
    return TEXT


def _min_items(info: FieldInfo) -> int:
    return max((getattr(m, "min_length", 0) or 0 for m in info.metadata), default=0)


def _comment(text: str, indent: str) -> Iterator[str]:
    """Wrap a comment to the project's line length."""
    words, line = text.split(), ""
    for word in words:
        if line and len(indent) + 2 + len(line) + 1 + len(word) > 96:
            yield f"{indent}# {line}"
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        yield f"{indent}# {line}"


def _field_lines(
    kind: Kind, name: str, info: FieldInfo, indent: str, *, explain: bool
) -> Iterator[str]:
    """The lines for one field: a comment, then `name: placeholder` or a nested block."""
    inner, is_list, nullable = _parts(info.annotation)
    words = _words(inner)
    required = info.is_required()
    if explain:
        note = guidance(kind, name, info)
        if words and not all(word in note for word in words):
            note = f"{note} One of: {', '.join(words)}."
        if not required and is_list:
            note = f"{note} Optional."
        yield from _comment(note.strip(), indent)
    is_model = isinstance(inner, type) and issubclass(inner, BaseModel)
    if nullable and not required:
        shown = "" if is_model else f" {_scalar_placeholder(inner)}"
        yield f"{indent}# {name}:{shown}   (optional: remove the # to use it)"
        return
    if not required and not is_list and is_model:
        yield from _block(
            name, list(_model_lines(kind, inner, indent + "  ", explain=False)), indent
        )
        return
    if not required:
        default = info.get_default(call_default_factory=True)
        shown = "[]" if default == [] else _yaml_scalar(default)
        yield f"{indent}{name}: {shown}"
        return
    if is_model and is_list:
        yield f"{indent}{name}:"
        yield from _as_item(list(_model_lines(kind, inner, "", explain=explain)), indent + "  ")
        return
    if is_model:
        yield from _block(
            name, list(_model_lines(kind, inner, indent + "  ", explain=explain)), indent
        )
        return
    if not is_list:
        yield f"{indent}{name}: {_scalar_placeholder(inner)}"
        return
    placeholder = _scalar_placeholder(inner)
    if refers_to(info) is not None:
        yield f"{indent}{name}: []"
        return
    if placeholder == WORD:
        yield f"{indent}{name}: [{WORD}]"
        return
    yield f"{indent}{name}:"
    for _ in range(max(_min_items(info), 1)):
        yield f"{indent}  - {placeholder}"


def _block(name: str, lines: list[str], indent: str) -> Iterator[str]:
    """A nested mapping. When all its fields are optional and commented out it stays empty, so
    that removing a `#` below it is all a contributor does to fill it in."""
    yield f"{indent}{name}:"
    yield from lines


def _as_item(lines: list[str], indent: str) -> list[str]:
    """Turn a record's lines into one list item: `- ` before its first field, comments kept."""
    out, dashed = [], False
    for line in lines:
        if dashed:
            out.append(f"{indent}  {line}")
        elif line.startswith("#"):
            out.append(f"{indent}{line}")
        else:
            out.append(f"{indent}- {line}")
            dashed = True
    return out


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _model_lines(
    kind: Kind, model: type[BaseModel], indent: str, *, explain: bool
) -> Iterator[str]:
    for name, info in model.model_fields.items():
        yield from _field_lines(kind, name, info, indent, explain=explain)


def title_from_id(record_id: str) -> str:
    """A first guess at the readable name: 'cherry-juice' -> 'Cherry juice'."""
    return record_id.replace("-", " ").capitalize()


def template(kind: Kind, record_id: str) -> str:
    """The commented skeleton of one record, with the id and a guessed name filled in."""
    lines = list(_model_lines(kind, kind.model, "", explain=True))
    filled = []
    for line in lines:
        if line == f"id: {TEXT}":
            line = f"id: {record_id}"
        elif line == f"name: {TEXT}":
            line = f"name: {title_from_id(record_id)}"
        filled.append(line)
    if not kind.one_per_file:
        filled = _as_item(filled, "")
    return "\n".join(filled) + "\n"
