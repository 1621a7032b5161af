"""Read every YAML file in data/ into raw records that remember where each value came from.

This is the only module that reads YAML. It never stops at the first problem: syntax errors,
tabs, duplicate keys, empty files, files that are not UTF-8 and files that are not safe to
read (see datafiles.py and limits.py) are all collected as located problems, so a
contributor sees everything wrong in one run. No input can make it crash, hang or run out
of memory: every file is read within the limits in limits.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from ..models.kinds import Kind
from .characters import refused_character
from .datafiles import display_name, read_limited, scan
from .errors import Problem
from .fastyaml import fast_parse
from .limits import Budget, Guard, Refused
from .positions import Path, Position
from .safeyaml import ruamel_parse

__all__ = ["RawRecord", "data_files", "load_all", "load_file", "ruamel_parse"]


@dataclass(frozen=True)
class RawRecord:
    """One record as written, before validation, with the positions of its parts."""

    kind: Kind
    file: str
    data: Any
    positions: Mapping[Path, Position]
    prefix: Path

    def position(self, path: Path = (), *, key: bool = True) -> Position:
        """Where `path` (relative to this record) starts in the file."""
        from .positions import locate

        return locate(self.positions, (*self.prefix, *path), key=key)


def data_files(data_dir: FsPath) -> list[tuple[Kind, FsPath]]:
    """Every record file that may be read, in a stable order, paired with the kind it holds."""
    found, _ = scan(data_dir, data_dir.parent)
    return [(file.kind, file.path) for file in found]


def load_file(
    kind: Kind,
    path: FsPath,
    root: FsPath,
    *,
    name: str | None = None,
    budget: Budget | None = None,
) -> tuple[list[RawRecord], list[Problem]]:
    """Parse one file into raw records; problems are returned, never raised.

    `name` is how messages call the file (default: its path relative to `root`); `budget`
    is shared by all the files of one load (default: a fresh one)."""
    name = name or display_name(path, root)
    budget = budget or Budget()
    try:
        raw = read_limited(path)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            message = "this file is not UTF-8 text; save it with UTF-8 encoding in your editor."
            return [], [Problem(name, line, 1, message)]
        parsed = _parse(text, budget)
    except Refused as refused:
        return [], [Problem(name, refused.line, refused.column, refused.message)]
    except DuplicateKeyError as error:
        return [], [_duplicate_key(name, error)]
    except MarkedYAMLError as error:
        return [], [_syntax(name, text, error)]
    except ReaderError as error:
        return [], [refused_character(name, text, error)]
    except YAMLError as error:
        return [], [Problem(name, 1, 1, f"this is not valid YAML ({error}).")]
    data, positions = parsed
    if data is None:
        message = f"this file is empty; it should hold {_article(kind)}."
        return [], [Problem(name, 1, 1, message)]
    if kind.one_per_file:
        if not isinstance(data, dict):
            return [], [_shape(name, kind, data, "a mapping of fields (name: value)")]
        return [RawRecord(kind, name, data, positions, ())], []
    if not isinstance(data, list):
        return [], [_shape(name, kind, data, "a list of records, each starting with '- id:'")]
    return [RawRecord(kind, name, item, positions, (index,)) for index, item in enumerate(data)], []


def load_all(
    data_dir: FsPath, root: FsPath, budget: Budget | None = None
) -> tuple[list[RawRecord], list[Problem]]:
    """Load every data file, collecting all problems instead of stopping at the first.

    All files share one budget of time and values (default: the limits in limits.py); once it
    is spent, reading stops and no records are returned, only the problems found so far."""
    budget = budget or Budget()
    files, problems = scan(data_dir, root, budget)
    records: list[RawRecord] = []
    for file in files:
        found, trouble = load_file(file.kind, file.path, root, name=file.name, budget=budget)
        records.extend(found)
        problems.extend(trouble)
        if budget.exhausted:
            # Later files were not read: checking the rest against them would only report
            # references to records that exist but were not reached.
            return [], problems
    return records, problems


def _parse(text: str, budget: Budget) -> tuple[Any, dict[Path, Position]]:
    """The fast path if it vouches for the text, else ruamel.yaml; both within the budget."""
    guard = Guard(budget)
    parsed = fast_parse(text, guard)
    if parsed is None:
        guard = Guard(budget)
        parsed = ruamel_parse(text, guard)
    guard.commit()
    return parsed


def _article(kind: Kind) -> str:
    if kind.one_per_file:
        return f"one {kind.label} record"
    return f"a list of {kind.collection.replace('-', ' ')} records"


def _shape(name: str, kind: Kind, document: Any, expected: str) -> Problem:
    found = (
        "a list"
        if isinstance(document, list)
        else "a mapping"
        if isinstance(document, dict)
        else "a single value"
    )
    return Problem(
        name, 1, 1, f"this file should hold {_article(kind)} as {expected}, but it holds {found}."
    )


def _duplicate_key(name: str, error: DuplicateKeyError) -> Problem:
    mark = error.problem_mark
    key = str(error.problem).split('"')[1] if '"' in str(error.problem) else "a key"
    return Problem(
        name,
        mark.line + 1,
        mark.column + 1,
        f'the key "{key}" appears twice in the same record; keep only one of them.',
    )


def _syntax(name: str, text: str, error: MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.splitlines()
    source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in source_line[: max(column, 1)] or "'\\t'" in str(error.problem):
        message = "this line uses a tab for indentation; YAML needs spaces (use 2 spaces)."
    else:
        problem = (error.problem or "the text cannot be read").rstrip(".")
        message = f"this is not valid YAML: {problem}. {_syntax_hint(error)}"
    return Problem(name, line, column, message)


_OPENERS = {
    "flow sequence": "a list opened with [ on line {line} is not closed with ]",
    "flow mapping": "a mapping opened with {{ on line {line} is not closed with }}",
    "quoted scalar": "a quote opened on line {line} is not closed",
}


def _syntax_hint(error: MarkedYAMLError) -> str:
    """Point at where an unclosed bracket or quote began, since the parser notices it later."""
    context = str(error.context or "")
    mark = error.context_mark
    for phrase, hint in _OPENERS.items():
        if phrase in context and mark is not None:
            return hint.format(line=mark.line + 1).capitalize() + "."
    return "Check the indentation, and put text that contains a colon (:) in quotes."
