"""The Dataset: every validated record, built once per build, read by everything else.

`build_dataset` runs load → validate → link and raises one DataError listing every problem,
so nothing downstream (pages, export) ever sees half-checked data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ValidationError

from ..checks import CheckContext, Entry, run_checks
from ..checks.pages import check_pages
from ..models.kinds import KINDS, Kind
from ..reading.errors import DataError, Problem, Severity
from ..reading.loader import RawRecord, data_files, load_all
from ..reading.messages import problems_from

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Counts real builds, so a test can prove the data is loaded once per site build.
LOAD_COUNT = 0


@dataclass(frozen=True)
class Dataset:
    """Immutable, typed view of all data. Collections are tuples in file order."""

    collections: Mapping[str, tuple[BaseModel, ...]]
    # What validation found that does not stop the build (all of them warnings); the kind of
    # record called "warnings" is `dataset.safety_warnings`.
    problems: tuple[Problem, ...] = field(default=())
    _by_id: Mapping[tuple[str, str], BaseModel] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Pages look records up by id thousands of times per build; index them once.
        index = {
            (collection, str(getattr(record, "id", ""))): record
            for collection, records in self.collections.items()
            for record in records
        }
        object.__setattr__(self, "_by_id", MappingProxyType(index))

    def all(self, collection: str) -> tuple[Any, ...]:
        """Every record of one collection."""
        return self.collections.get(collection, ())

    def get(self, collection: str, record_id: str) -> Any:
        """One record by id; a KeyError here is a programming error (links are checked)."""
        try:
            return self._by_id[(collection, record_id)]
        except KeyError:
            raise KeyError(f"{collection}/{record_id}") from None

    def counts(self) -> dict[str, int]:
        """Number of records per collection, in registry order."""
        return {kind.collection: len(self.all(kind.collection)) for kind in KINDS}

    def __getattr__(self, name: str) -> tuple[Any, ...]:
        """`dataset.remedies`, `dataset.first_aid`, ...: one attribute per kind, named in
        models/kinds.py (`Kind.dataset_attribute`), so a new kind needs no code here."""
        kind = _BY_ATTRIBUTE.get(name)
        if kind is None:
            raise AttributeError(f"a Dataset has no collection called {name!r}")
        return self.all(kind.collection)


_BY_ATTRIBUTE = {kind.dataset_attribute: kind for kind in KINDS}


def validate_records(
    raws: list[RawRecord],
) -> tuple[list[Entry], list[Problem], list[RawRecord]]:
    """Check each raw record against its model: (valid entries, problems, invalid records)."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    invalid: list[RawRecord] = []
    for raw in raws:
        if not isinstance(raw.data, dict):
            position = raw.position()
            problems.append(
                Problem(
                    raw.file,
                    position.line,
                    position.column,
                    f"each {raw.kind.label} should be a mapping of fields (name: value), "
                    f"but this is {'a list' if isinstance(raw.data, list) else 'a single value'}.",
                )
            )
            continue
        try:
            entries.append(Entry(raw, raw.kind.model.model_validate(raw.data)))
        except ValidationError as error:
            problems.extend(problems_from(error, raw))
            invalid.append(raw)
    return entries, problems, invalid


def unread_files(
    data_dir: Path, root: Path, raws: list[RawRecord], problems: list[Problem]
) -> list[tuple[Kind, Path]]:
    """Data files that could not be read (a located problem, and not one record from them)."""
    read = {(root / raw.file).resolve() for raw in raws}
    troubled = {(root / problem.file).resolve() for problem in problems}
    return [
        (kind, path)
        for kind, path in data_files(data_dir)
        if path.resolve() in troubled and path.resolve() not in read
    ]


def declared_ids(
    raws: list[RawRecord], unread: Sequence[tuple[Kind, Path]] = ()
) -> dict[str, frozenset[str]]:
    """Every id written in data/, valid or not, per collection.

    A one-record-per-file file that could not be read still declares its id: the file name.
    """
    found: dict[str, set[str]] = {}
    for raw in raws:
        if isinstance(raw.data, dict) and isinstance(raw.data.get("id"), str):
            found.setdefault(raw.kind.collection, set()).add(raw.data["id"].strip())
    for kind, path in unread:
        if kind.one_per_file:
            found.setdefault(kind.collection, set()).add(path.stem)
    return {collection: frozenset(ids) for collection, ids in found.items()}


def check_data(
    data_dir: Path | None = None, *, root: Path | None = None, today: dt.date | None = None
) -> tuple[Dataset | None, list[Problem]]:
    """Load, validate and link; returns the dataset (None on errors) and every problem found."""
    root = root or PROJECT_ROOT
    data_dir = data_dir or root / "data"
    today = today or dt.date.today()
    raws, problems = load_all(data_dir, root)
    unread = unread_files(data_dir, root, raws, problems)
    entries, problems_in_records, invalid = validate_records(raws)
    problems += problems_in_records
    context = CheckContext(
        today,
        declared_ids(raws, unread),
        unreadable=frozenset(k.collection for k, _ in unread if not k.one_per_file),
        invalid=tuple(invalid),
    )
    problems += run_checks(entries, context)
    if (root / "docs").is_dir():
        problems += check_pages(root / "docs", root, raws, context.declared)
    problems.sort()
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    collections: dict[str, tuple[BaseModel, ...]] = {}
    for kind in KINDS:
        collections[kind.collection] = tuple(
            e.record for e in entries if e.raw.kind.collection == kind.collection
        )
    dataset = Dataset(MappingProxyType(collections), tuple(problems))
    return dataset, problems


def build_dataset(data_dir: Path | None = None, *, root: Path | None = None) -> Dataset:
    """The dataset, or one DataError carrying every problem (warnings alone do not fail)."""
    global LOAD_COUNT
    LOAD_COUNT += 1
    dataset, problems = check_data(data_dir, root=root)
    if dataset is None:
        raise DataError([p for p in problems if p.severity is Severity.ERROR])
    return dataset
