"""Rewrite pydantic's validation errors as plain sentences at the right line.

Pydantic's own messages ("Input should be a valid string") are written for programmers; a
contributor needs to know which field, what is wrong, and what is allowed instead.
"""

from __future__ import annotations

import difflib
import types
import typing
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import Problem
from .loader import RawRecord

_KIND_OF_VALUE = {
    str: "text",
    int: "a number",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "a mapping of fields",
    type(None): "empty",
}

_EXPECTED = {
    "string_type": "text (put it in quotes if it looks like a number or a date)",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "list_type": "a list (each item on its own line starting with '- ')",
    "dict_type": "a mapping of fields (name: value)",
    "model_type": "a mapping of fields (name: value)",
    "model_attributes_type": "a mapping of fields (name: value)",
    "date_type": "a date written as YYYY-MM-DD",
    "date_parsing": "a date written as YYYY-MM-DD",
    "date_from_datetime_parsing": "a date written as YYYY-MM-DD",
    "date_from_datetime_inexact": "a date written as YYYY-MM-DD, without a time",
}


def problems_from(error: ValidationError, raw: RawRecord) -> list[Problem]:
    """One located, plain-language problem for each of pydantic's errors."""
    model = raw.kind.model
    result = []
    for item in _without_typo_echoes(error.errors(include_url=False)):
        loc = tuple(item["loc"])
        kind = item["type"]
        key = kind in {"extra_forbidden", "missing"}
        position = raw.position(loc[:-1] if kind == "missing" else loc, key=key)
        message = _sentence(item, model, loc, raw.kind.label)
        result.append(Problem(raw.file, position.line, position.column, message))
    return result


def _without_typo_echoes(errors: list[Any]) -> list[Any]:
    """Drop "X is missing" when a misspelt key next to it explains it (one mistake, one message)."""
    extras = {
        (tuple(e["loc"][:-1]), str(e["loc"][-1])) for e in errors if e["type"] == "extra_forbidden"
    }
    kept = []
    for item in errors:
        if item["type"] == "missing":
            parent, name = tuple(item["loc"][:-1]), str(item["loc"][-1])
            typos = [extra for where, extra in extras if where == parent]
            if difflib.get_close_matches(name, typos, n=1, cutoff=0.5):
                continue
        kept.append(item)
    return kept


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [part for part in loc if isinstance(part, str)]
    return names[-1] if names else "this record"


def _value_kind(value: Any) -> str:
    return _KIND_OF_VALUE.get(type(value), "a value of another kind")


def _sentence(item: Any, model: type[BaseModel], loc: tuple[Any, ...], label: str) -> str:
    kind = item["type"]
    field = _field_name(loc)
    value = item.get("input")
    ctx = item.get("ctx") or {}
    if kind == "missing":
        where = f"a {label}" if len(loc) == 1 else f"this part of the {label}"
        return f'"{field}" is missing: {where} needs it.'
    if kind == "extra_forbidden":
        allowed = sorted(_fields_at(model, loc[:-1]))
        close = difflib.get_close_matches(field, allowed, n=1, cutoff=0.5)
        hint = f' Did you mean "{close[0]}"?' if close else ""
        return f'"{field}" is not a field of a {label}.{hint} Allowed fields: {", ".join(allowed)}.'
    if kind in {"enum", "literal_error"}:
        allowed = _allowed_words(model, loc) or str(ctx.get("expected", ""))
        return f'"{value}" is not an allowed {field}. Use one of: {allowed}.'
    if kind in _EXPECTED:
        return f'"{field}" should be {_EXPECTED[kind]}, but here it is {_value_kind(value)}.'
    if kind == "string_pattern_mismatch" and field in {"id", "sources"} | _ref_fields(loc):
        return (
            f'"{value}" is not a valid id: use lowercase letters, digits and single hyphens, '
            'for example "magnesium-oil".'
        )
    if kind == "string_pattern_mismatch":
        return f'"{value}" is not a valid {field}; check how it is written.'
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        things = "item" if least == 1 else "items"
        return f'"{field}" needs at least {least} {things}; it is empty or too short.'
    if kind in {"greater_than_equal", "greater_than"}:
        return f'"{field}" must be at least {ctx.get("ge", ctx.get("gt"))}; it is {value}.'
    if kind in {"less_than_equal", "less_than"}:
        return f'"{field}" must be at most {ctx.get("le", ctx.get("lt"))}; it is {value}.'
    if kind.startswith("url"):
        return f'"{value}" is not a web address; use a full https:// address.'
    if kind == "value_error":
        reason = str(ctx.get("error", item["msg"]))
        return f'"{field}": {reason}.'.replace("..", ".")
    return f'"{field}": {item["msg"]}.'


def _ref_fields(loc: tuple[Any, ...]) -> set[str]:
    return {part for part in loc if isinstance(part, str)}


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types inside Optional, list and Annotated wrappers."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in {typing.Union, types.UnionType, list, tuple}:
        return [inner for arg in typing.get_args(annotation) for inner in _unwrap(arg)]
    if origin is typing.Literal:
        return [annotation]
    return [annotation]


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        nested = [t for t in _unwrap(field.annotation) if isinstance(t, type)]
        current = next((t for t in nested if issubclass(t, BaseModel)), None)
    return current


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    found = _model_at(model, loc)
    return list(found.model_fields) if found else []


def _allowed_words(model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    parent = _model_at(model, tuple(p for p in loc[:-1]))
    names = [p for p in loc if isinstance(p, str)]
    if parent is None or not names or names[-1] not in parent.model_fields:
        return ""
    words: list[str] = []
    for candidate in _unwrap(parent.model_fields[names[-1]].annotation):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            words.extend(str(member.value) for member in candidate)
        elif typing.get_origin(candidate) is typing.Literal:
            words.extend(str(getattr(arg, "value", arg)) for arg in typing.get_args(candidate))
    return ", ".join(words)
