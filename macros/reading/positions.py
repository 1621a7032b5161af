"""Turn ruamel.yaml's round-trip nodes into plain Python plus a map of positions.

Pydantic sees plain dicts and lists; every error it reports has a path (`loc`), and this map
turns that path back into the line and column a contributor sees in their editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    """1-based line and column of a key (or list item) and of its value."""

    line: int
    column: int
    value_line: int
    value_column: int


def plain(node: Any, path: Path = (), positions: dict[Path, Position] | None = None) -> Any:
    """Copy a ruamel node into dicts, lists and scalars, recording where each part starts."""
    if positions is None:
        positions = {}
    if isinstance(node, CommentedMap):
        if path not in positions:
            line, column = node.lc.line + 1, node.lc.col + 1
            positions[path] = Position(line, column, line, column)
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key in node.lc.data:
                key_line, key_col = node.lc.key(key)
                value_line, value_col = node.lc.value(key)
            else:  # merged in from elsewhere by `<<: *name`: place it at its mapping
                key_line = value_line = node.lc.line
                key_col = value_col = node.lc.col
            if value is None:
                # An empty value has no token of its own; ruamel reports the next line's.
                value_line, value_col = key_line, key_col
            child = (*path, str(key))
            positions[child] = Position(key_line + 1, key_col + 1, value_line + 1, value_col + 1)
            result[str(key)] = plain(value, child, positions)
        return result
    if isinstance(node, CommentedSeq):
        if path not in positions:
            line, column = node.lc.line + 1, node.lc.col + 1
            positions[path] = Position(line, column, line, column)
        items = []
        for index, value in enumerate(node):
            line, column = node.lc.item(index)
            child = (*path, index)
            positions[child] = Position(line + 1, column + 1, line + 1, column + 1)
            items.append(plain(value, child, positions))
        return items
    return _scalar(node)


def _scalar(node: Any) -> Any:
    """ruamel wraps scalars in subclasses that keep formatting; pydantic wants the base types."""
    if node is None or isinstance(node, bool):
        return node
    if isinstance(node, str):
        return str(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, dt.datetime):
        return node
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    return node


def locate(positions: Mapping[Path, Position], path: Path, *, key: bool = True) -> Position:
    """The position of `path`, or of its nearest ancestor that has one."""
    probe = tuple(path)
    while probe not in positions and probe:
        probe = probe[:-1]
    found = positions.get(probe, Position(1, 1, 1, 1))
    if key or probe != tuple(path):
        return found
    return Position(found.value_line, found.value_column, found.value_line, found.value_column)
