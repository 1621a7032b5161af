"""A fast path for reading well-formed data files with libyaml, positions included.

ruamel.yaml in pure Python spends most of the data layer's time parsing. For an ordinary,
well-formed file, libyaml (through PyYAML's C parser) builds the same node tree with the
same line and column marks many times faster. This module accepts only what it can vouch
for: anything unusual (a duplicate key, a tab, an anchor or tag, a plain value that is not
ordinary text or a simple number, date, true/false or null) returns None, and the loader
then reads the file with ruamel.yaml, which also writes the error messages. A test checks
that both paths give identical data and positions for every real data file.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from .positions import Path, Position

_LOADER = getattr(yaml, "CSafeLoader", None)

_INT = re.compile(r"-?[0-9]+")
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


def fast_parse(text: str) -> tuple[Any, dict[Path, Position]] | None:
    """(data, positions) like `positions.plain` gives for ruamel, or None to use ruamel."""
    if _LOADER is None or "\t" in text or _TAG.search(text):
        return None
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    positions: dict[Path, Position] = {}
    try:
        data = _walk(node, (), positions)
    except _Unsure:
        return None
    return data, positions


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk(
    node: yaml.Node, path: Path, positions: dict[Path, Position], seen: set[int] | None = None
) -> Any:
    seen = set() if seen is None else seen
    if id(node) in seen:
        raise _Unsure  # an alias: the same node reached twice
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            raise _Unsure
        if path not in positions:
            line, column = _mark(node)
            positions[path] = Position(line, column, line, column)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                raise _Unsure
            key = str(_scalar(key_node))
            if key in result:
                raise _Unsure  # ruamel reports the duplicate with its position
            key_line, key_col = _mark(key_node)
            value_line, value_col = _mark(value_node)
            value = _walk(value_node, (*path, key), positions, seen)
            if value is None:
                value_line, value_col = key_line, key_col
            positions[(*path, key)] = Position(key_line, key_col, value_line, value_col)
            result[key] = value
        return result
    if isinstance(node, yaml.SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise _Unsure
        if path not in positions:
            line, column = _mark(node)
            positions[path] = Position(line, column, line, column)
        items = []
        for index, item in enumerate(node.value):
            line, column = _mark(item)
            positions[(*path, index)] = Position(line, column, line, column)
            items.append(_walk(item, (*path, index), positions, seen))
        return items
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    """YAML 1.2 meaning of a scalar, for the forms this module is sure about."""
    text = node.value
    if node.style:  # quoted or block scalar: always text
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
