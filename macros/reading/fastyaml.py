"""A fast path for reading well-formed data files with libyaml, positions included.

ruamel.yaml in pure Python spends most of the data layer's time parsing. For an ordinary,
well-formed file, libyaml (through PyYAML's C parser) gives the same events with the same
line and column marks many times faster. This module accepts only what it can vouch for:
anything unusual (a duplicate key, a tab, an anchor, alias or tag, a plain value that is not
ordinary text or a simple number, date, true/false or null) returns None, and the loader
then reads the file with ruamel.yaml, which also writes the error messages. A test checks
that both paths give identical data and positions for every real data file.

The document is built here from libyaml's event stream with an explicit stack, not with
PyYAML's composer: that composer recurses in C for every level of nesting and crashes the
interpreter (a segmentation fault, not an exception) on a file of a few thousand `[`. Each
event is checked against the limits (depth, value count, deadline; see limits.py) before it
is used, and those limits are final: a file refused here is not read again by ruamel.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .limits import Guard
from .positions import Path, Position

_LOADER = getattr(yaml, "CSafeLoader", None)

_INT = re.compile(r"-?[0-9]{1,18}")
_FLOAT = re.compile(r"-?[0-9]+\.[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WORDS = {
    **dict.fromkeys(("true", "True", "TRUE"), True),
    **dict.fromkeys(("false", "False", "FALSE"), False),
    **dict.fromkeys(("null", "Null", "NULL", "~", ""), None),
}
# A plain value starting like this may be a YAML number, time or special value in a form
# this module does not decide (0x1F, .inf, +1, 12:30); unless it holds a character that no
# such form can contain (like the "/" of a DOI), it is left to ruamel.
_NUMBERISH = re.compile(r"[0-9.+\-~]")
_NUMBER_CHARACTERS = re.compile(r"[0-9a-fA-F.+\-_:xXoOtTzZ ]*")
_SPECIAL_FLOATS = {".inf", "-.inf", "+.inf", ".nan"}
# An explicit tag (!!python/..., !custom) anywhere: ruamel decides what it means.
_TAG = re.compile(r"(?:^|[\s\[{,])!\S", re.MULTILINE)


class _Unsure(Exception):
    """The fast path cannot vouch for this document."""


@dataclass
class _Open:
    """A mapping or list being filled, with the key waiting for its value (mappings only)."""

    value: dict[str, Any] | list[Any]
    path: Path
    key: str | None = None
    key_mark: tuple[int, int] = field(default=(0, 0))


def fast_parse(text: str, guard: Guard | None = None) -> tuple[Any, dict[Path, Position]] | None:
    """(data, positions) like `positions.plain` gives for ruamel, or None to use ruamel.

    Raises limits.Refused for input beyond the limits."""
    if _LOADER is None or "\t" in text or _TAG.search(text):
        return None
    parser = _LOADER(text)
    try:
        return _build(parser, guard or Guard())
    except (_Unsure, yaml.YAMLError):
        return None
    finally:
        parser.dispose()


def _build(parser: Any, guard: Guard) -> tuple[Any, dict[Path, Position]] | None:
    positions: dict[Path, Position] = {}
    stack: list[_Open] = []
    documents = 0
    root: Any = None
    while (event := parser.get_event()) is not None:
        kind = type(event)
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Unsure  # ruamel reports a second document
            continue
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            continue
        if kind not in (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent):
            if kind is yaml.AliasEvent:
                raise _Unsure
            continue  # stream and document boundaries
        if event.anchor is not None or event.tag is not None:
            raise _Unsure
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        guard.value(*mark, len(stack) + 1)
        parent = stack[-1] if stack else None
        if parent is not None and isinstance(parent.value, dict) and parent.key is None:
            if kind is not yaml.ScalarEvent or event.value == "<<":
                raise _Unsure
            key = str(_scalar(event))
            if key in parent.value:
                raise _Unsure  # ruamel reports the duplicate with its position
            parent.key, parent.key_mark = key, mark
            continue
        value: Any
        if kind is yaml.ScalarEvent:
            value = _scalar(event)
        else:
            value = {} if kind is yaml.MappingStartEvent else []
        path = _attach(parent, value, mark, positions)
        if parent is None:
            root = value
            if kind is not yaml.ScalarEvent:
                positions[()] = Position(*mark, *mark)
        if kind is not yaml.ScalarEvent:
            stack.append(_Open(value, path))
    return (root, positions) if documents else None


def _attach(
    parent: _Open | None, value: Any, mark: tuple[int, int], positions: dict[Path, Position]
) -> Path:
    """Put a value in its parent and record where it is; returns the value's path."""
    if parent is None:
        return ()
    if isinstance(parent.value, list):
        path = (*parent.path, len(parent.value))
        positions[path] = Position(*mark, *mark)
        parent.value.append(value)
        return path
    assert parent.key is not None
    path = (*parent.path, parent.key)
    # An empty value has no token of its own; like ruamel's, its place is its key's.
    value_mark = parent.key_mark if value is None else mark
    positions[path] = Position(*parent.key_mark, *value_mark)
    parent.value[parent.key] = value
    parent.key = None
    return path


def _scalar(event: yaml.ScalarEvent) -> Any:
    """YAML 1.2 meaning of a scalar, for the forms this module is sure about."""
    text = event.value
    if event.style:  # quoted or block scalar: always text
        return text
    if text in _WORDS:
        return _WORDS[text]
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError as error:
            raise _Unsure from error
    if _NUMBERISH.match(text) and (
        _NUMBER_CHARACTERS.fullmatch(text) or text.lower() in _SPECIAL_FLOATS
    ):
        raise _Unsure
    return text
