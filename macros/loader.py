"""Read every YAML file in data/ into raw records that remember where each value came from.

This is the only module that reads YAML. It never stops at the first problem: syntax errors,
tabs, duplicate keys, empty files and files that are not UTF-8 are all collected as located
problems, so a contributor sees everything wrong in one run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from .characters import refused_character
from .errors import Problem
from .fastyaml import fast_parse
from .positions import Path, Position, plain
from .registry import KINDS, Kind


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


def _yaml() -> YAML:
    """Round-trip mode keeps line numbers; it builds only plain data, never Python objects."""
    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    return yaml


def ruamel_parse(text: str) -> tuple[Any, dict[Path, Position]]:
    """The reference reader: (data, positions); raises ruamel's errors for bad YAML."""
    document = _yaml().load(text)
    positions: dict[Path, Position] = {}
    return plain(document, (), positions), positions


def data_files(data_dir: FsPath) -> list[tuple[Kind, FsPath]]:
    """Every data file that exists, in a stable order, paired with the kind it holds."""
    found: list[tuple[Kind, FsPath]] = []
    for kind in KINDS:
        location = data_dir / kind.path
        if kind.one_per_file:
            if location.is_dir():
                found.extend((kind, path) for path in sorted(location.glob("*.yaml")))
        elif location.is_file():
            found.append((kind, location))
    return found


def stray_files(data_dir: FsPath, root: FsPath) -> list[Problem]:
    """Files that the build would ignore, such as `.yml` instead of `.yaml`."""
    known = {path for _, path in data_files(data_dir)}
    problems = []
    for path in sorted(data_dir.rglob("*")):
        if path.is_file() and path not in known and path.name != "README.md":
            problems.append(
                Problem(
                    _relative(path, root),
                    1,
                    1,
                    "this file is not read by the build: record files end in .yaml and live "
                    "in the folder for their kind (for example data/remedies/).",
                )
            )
    return problems


def load_file(kind: Kind, path: FsPath, root: FsPath) -> tuple[list[RawRecord], list[Problem]]:
    """Parse one file into raw records; problems are returned, never raised."""
    name = _relative(path, root)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        message = "this file is not UTF-8 text; save it with UTF-8 encoding in your editor."
        return [], [Problem(name, line, 1, message)]
    parsed = fast_parse(text)
    if parsed is None:
        try:
            parsed = ruamel_parse(text)
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


def load_all(data_dir: FsPath, root: FsPath) -> tuple[list[RawRecord], list[Problem]]:
    """Load every data file, collecting all problems instead of stopping at the first."""
    records: list[RawRecord] = []
    problems: list[Problem] = stray_files(data_dir, root)
    for kind, path in data_files(data_dir):
        found, trouble = load_file(kind, path, root)
        records.extend(found)
        problems.extend(trouble)
    return records, problems


def _relative(path: FsPath, root: FsPath) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


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
