"""Synthetic projects with N times the real records, valid and realistic, for scale tests.

Every real record is cloned N-1 times with a new id (`magnesium` -> `magnesium-s12`), and
every reference in clone k points at clone k of its target, so each copy is a complete,
linked replica of the real data: the validator accepts it, pages render the same kinds of
blocks and the search index grows as a real site would. Clones keep the real text (so YAML
parsing, escaping and page weight stay realistic); one-record-per-file kinds get new files,
list-file kinds (sources, red flags, glossary, ...) get their clones appended. Each record
page stub (docs/<section>/<id>.md) is cloned too, with the id replaced.

Speed matters at 100x (tens of thousands of records): each record is dumped once, with a
token in place of the suffix, and clones are made by replacing the token in the text.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML

from macros.checks.references import references
from macros.reading.loader import data_files
from macros.render.links import SECTION_FOLDERS

from .project import copy_project

# Replaced by "s<k>" in clone k; lowercase letters only, so ids stay valid slugs unquoted.
TOKEN = "zzsynthzz"

# Kinds that are one structure for the whole site, not records that grow with it: the guide
# is a single tree of questions asked from its first one, so a clone of a question would be
# a question no reader can reach (an error), and a bigger site still has one guide.
NOT_CLONED: frozenset[str] = frozenset({"guide-questions"})


@dataclass(frozen=True)
class ScaledProject:
    """A project copy and what it holds."""

    root: Path
    factor: int
    records: int
    record_pages: int


def clone_suffix(copy: int) -> str:
    """The id suffix of clone `copy` (1-based; the real record is copy 0)."""
    return f"s{copy}"


def _yaml() -> YAML:
    """Round-trip mode, so clones keep the real files' folded text and flow lists."""
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 4096
    yaml.preserve_quotes = True
    return yaml


def _mark(model: type[BaseModel], record: Any) -> None:
    """Add the token to a record's id and to every reference inside it, in place (the
    references are the fields whose type says they hold ids, as the reference check reads)."""
    if not isinstance(record, dict):
        return
    if isinstance(record.get("id"), str):
        record["id"] = f"{record['id']}-{TOKEN}"
    for path, _, ref in list(references(model, record)):
        parent = record
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = f"{ref}-{TOKEN}"


def _template(model: type[BaseModel], document: Any, *, is_list: bool) -> str:
    """The YAML text of a record (or list of records) with the token in every id."""
    for record in document if is_list else [document]:
        _mark(model, record)
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


def _clone_data(data_dir: Path, factor: int) -> int:
    """Write the clones of every record; returns the total number of records."""
    total = 0
    for kind, path in data_files(data_dir):
        text = path.read_text(encoding="utf-8")
        document = _yaml().load(text)
        is_list = not kind.one_per_file
        if kind.collection in NOT_CLONED:
            total += len(document) if is_list else 1
            continue
        total += len(document) * factor if is_list else factor
        template = _template(kind.model, document, is_list=is_list)
        if is_list:
            clones = [template.replace(TOKEN, clone_suffix(k)) for k in range(1, factor)]
            joined = text if text.endswith("\n") else text + "\n"
            path.write_text(joined + "".join(clones), encoding="utf-8")
        else:
            for k in range(1, factor):
                clone = path.with_name(f"{path.stem}-{clone_suffix(k)}.yaml")
                clone.write_text(template.replace(TOKEN, clone_suffix(k)), encoding="utf-8")
    return total


def record_stubs(docs: Path, data_dir: Path) -> list[tuple[Path, str]]:
    """(page, record id) for each record page stub: docs/<section>/<id>.md naming its id."""
    stubs = []
    for kind, path in data_files(data_dir):
        folder = SECTION_FOLDERS.get(kind.collection)
        if folder is None or not kind.one_per_file:
            continue
        page = docs / folder / f"{path.stem}.md"
        if page.is_file() and _quoted(path.stem).search(page.read_text(encoding="utf-8")):
            stubs.append((page, path.stem))
    return stubs


def _quoted(record_id: str) -> re.Pattern[str]:
    return re.compile(rf"""(["']){re.escape(record_id)}\1""")


def _clone_stubs(stubs: list[tuple[Path, str]], factor: int) -> int:
    """Write a page stub for each clone of each record that has one."""
    for page, record_id in stubs:
        text = page.read_text(encoding="utf-8")
        pattern = _quoted(record_id)
        for k in range(1, factor):
            new_id = f"{record_id}-{clone_suffix(k)}"
            page.with_name(f"{new_id}.md").write_text(
                pattern.sub(lambda m, i=new_id: f"{m.group(1)}{i}{m.group(1)}", text),
                encoding="utf-8",
            )
    return len(stubs) * factor


def make_scaled_project(source: Path, target: Path, factor: int) -> ScaledProject:
    """Copy `source` into `target` with `factor` times its records (1 = a plain copy)."""
    if factor < 1:
        raise ValueError("the scale factor must be 1 or more")
    root = copy_project(source, target)
    data_dir = root / "data"
    stubs = record_stubs(root / "docs", data_dir)
    if factor == 1:
        records = sum(_count(kind_path) for kind_path in data_files(data_dir))
    else:
        records = _clone_data(data_dir, factor)
    pages = _clone_stubs(stubs, factor) if factor > 1 else len(stubs)
    return ScaledProject(root, factor, records, pages)


def _count(kind_path: tuple[Any, Path]) -> int:
    kind, path = kind_path
    if kind.one_per_file:
        return 1
    document = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return len(document) if isinstance(document, list) else 0
