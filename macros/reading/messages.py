"""Rewrite pydantic's validation errors as plain sentences at the right line.

Pydantic's own messages ("Input should be a valid string") are written for programmers; a
contributor needs to know which field, what is wrong, and what is allowed instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import types
import typing
from collections.abc import Set as AbstractSet
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError

from ..models.base import SLUG_PATTERN, id_problem
from .errors import Problem
from .loader import RawRecord

# Checked in order with isinstance (YAML readers hand out subclasses): bool before int,
# datetime before date.
_KIND_OF_VALUE: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (str, "text"),
    (bool, "true/false"),
    ((int, float), "a number"),
    (list, "a list"),
    (dict, "a mapping of fields"),
    (AbstractSet, "a set"),
    (type(None), "empty"),
    (dt.datetime, "a date with a time"),
    (dt.date, "a date"),
)

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
    "bool_parsing": "true or false",
    "string_unicode": "text",
    "string_sub_type": "text",
    "set_type": "a list (each item on its own line starting with '- ')",
    "tuple_type": "a list (each item on its own line starting with '- ')",
    "iterable_type": "a list (each item on its own line starting with '- ')",
    "mapping_type": "a mapping of fields (name: value)",
    "datetime_type": "a date written as YYYY-MM-DD",
    "datetime_parsing": "a date written as YYYY-MM-DD",
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
    """What sort of value this is, in a contributor's words."""
    return next((words for kinds, words in _KIND_OF_VALUE if isinstance(value, kinds)), "a value")


def _shown(value: Any) -> str | None:
    """A single value as the contributor wrote it; None for lists, mappings and the like.

    Only plain values are quoted back: Python's spelling of a set or mapping
    ("set(odict_keys([...]))") means nothing to someone editing YAML.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else ("-.inf" if value < 0 else ".inf")
    if isinstance(value, str | int | float):
        text = str(value)
        return text if len(text) <= 60 else text[:57] + "..."
    return None


_NOT_AN_ADDRESS = (
    '"{value}" is not a web address; use a full https:// address, such as https://example.org/page.'
)

# Pydantic error type -> a plain sentence. Placeholders: {field}, {value} (as written, or its
# kind), {kind} (what sort of value it is), and the error's own context ({min_length}, ...).
_SENTENCES = {
    "string_too_short": '"{field}" is empty; write at least a few words.',
    "string_too_long": (
        '"{field}" is too long: it may have at most {max_length} characters, but this one '
        "has {length}."
    ),
    "too_long": '"{field}" has too many items: at most {max_length} are allowed.',
    "finite_number": (
        '"{field}" should be an ordinary number, but here it is {value} (infinity or "not a '
        'number" cannot be used).'
    ),
    "int_from_float": '"{field}" should be a whole number, but here it is {value}.',
    "int_parsing_size": '"{field}" should be a whole number of ordinary size; {value} is too big.',
    "multiple_of": '"{field}" should be a multiple of {multiple_of}; it is {value}.',
    "none_required": '"{field}" should be left out here.',
    "url_type": (
        '"{field}" should be a web address written as text, such as '
        "https://example.org/page, but here it is {kind}."
    ),
    "url_parsing": _NOT_AN_ADDRESS,
    "url_syntax_violation": _NOT_AN_ADDRESS,
    "url_scheme": _NOT_AN_ADDRESS,
    "url_too_long": (
        '"{field}" is too long for a web address: at most {max_length} characters; '
        "use a shorter link to the same page."
    ),
}

_FALLBACK = (
    '"{field}" cannot be {value} here; see what this field takes in the template for a '
    "{label} at the end of CONTRIBUTING.md."
)


def _sentence(item: Any, model: type[BaseModel], loc: tuple[Any, ...], label: str) -> str:
    """The plain sentence for one pydantic error; never pydantic's own wording."""
    kind = item["type"]
    field = _field_name(loc)
    value = item.get("input")
    ctx = item.get("ctx") or {}
    shown = _shown(value)
    if kind == "missing":
        where = f"a {label}" if len(loc) == 1 else f"this part of the {label}"
        return f'"{field}" is missing: {where} needs it.'
    if kind == "extra_forbidden":
        return _unknown_field(model, loc, label)
    if kind in {"enum", "literal_error"}:
        allowed = _allowed_words(model, loc) or "the words listed in CONTRIBUTING.md"
        if shown is None:
            here = _value_kind(value)
            return f'"{field}" should be one of these words: {allowed}. Here it is {here}.'
        return f'"{shown}" is not an allowed {field}. Use one of: {allowed}.'
    if kind in _EXPECTED:
        return f'"{field}" should be {_EXPECTED[kind]}, but here it is {_value_kind(value)}.'
    if kind == "string_pattern_mismatch" and shown is not None:
        return _wrong_shape(field, shown, str(ctx.get("pattern", "")))
    if kind == "string_too_long" and field == "id":
        return id_problem(str(value)) or _FALLBACK.format(field=field, value=shown, label=label)
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        things = "item" if least == 1 else "items"
        return f'"{field}" needs at least {least} {things}; it is empty or too short.'
    if kind in {"greater_than_equal", "greater_than"}:
        return f'"{field}" must be at least {ctx.get("ge", ctx.get("gt"))}; it is {shown}.'
    if kind in {"less_than_equal", "less_than"}:
        return f'"{field}" must be at most {ctx.get("le", ctx.get("lt"))}; it is {shown}.'
    if kind in {"value_error", "assertion_error"} and "error" in ctx:
        return f'"{field}": {str(ctx["error"]).rstrip(".")}.'
    details = {
        **{key: str(ctx_value) for key, ctx_value in ctx.items()},
        "field": field,
        "value": shown if shown is not None else _value_kind(value),
        "kind": _value_kind(value),
        "label": label,
        "length": len(value) if isinstance(value, str | list) else "",
    }
    template = _SENTENCES.get(kind, _FALLBACK)
    try:
        return template.format(**details)
    except (KeyError, IndexError):
        return _FALLBACK.format(**details)


def _unknown_field(model: type[BaseModel], loc: tuple[Any, ...], label: str) -> str:
    """An unknown key, with the closest allowed field when it looks like a typo."""
    field = _field_name(loc)
    allowed = sorted(_fields_at(model, loc[:-1]))
    listing = f"Allowed fields: {', '.join(allowed)}."
    if not re.fullmatch(r"[\w-]+", field):
        return (
            f'a key here is not a field name: a field name is one word, such as "summary", '
            f"followed by a colon. {listing}"
        )
    close = difflib.get_close_matches(field, allowed, n=1, cutoff=0.5)
    hint = f' Did you mean "{close[0]}"?' if close else ""
    return f'"{field}" is not a field of a {label}.{hint} {listing}'


def _wrong_shape(field: str, value: str, pattern: str) -> str:
    """A value that does not match its pattern, described as what it should be.

    Any field typed as an id (`Slug`: the record's own id, or a reference to another record)
    gets the id rule and a valid suggestion, recognised by its type's pattern, not its name."""
    if field == "doi":
        return (
            f'"{value}" is not a DOI: a DOI starts with "10.", then 4 to 9 digits, a slash and '
            'the rest, for example 10.1002/14651858.CD009402.pub3 (leave out "https://doi.org/" '
            'and "doi:").'
        )
    if field == "pmid":
        return (
            f'"{value}" is not a PubMed id (PMID): write only its digits, for example '
            '"22341378" (leave out "PMID:").'
        )
    if field == "id" or pattern == SLUG_PATTERN:
        return id_problem(value) or f'"{value}" is not a valid id.'
    return f'"{value}" is not a valid {field}; check how it is written.'


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
    """The words a controlled field allows; for an item of a list of words, the list's field."""
    while loc and isinstance(loc[-1], int):
        loc = loc[:-1]
    parent = _model_at(model, loc[:-1])
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
