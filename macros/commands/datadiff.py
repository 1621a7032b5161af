"""`make diff BASE=<rev>`: which records a change adds, changes and removes, for a PR comment.

Reviewers of a data pull request want to know "what does this change say differently", not
which text lines moved. So both sides are parsed with the project's loader and compared record
by record (by id), field by field. Records are compared as written, before validation, so the
summary still works while a pull request has validation errors (CI reports those separately).

A revision is untrusted input too: git stores links and files of any size. So data/ is
copied out of a revision entry by entry (`git ls-tree`, then `git cat-file --batch`), never
unpacked by a general tool: regular files are written (one larger than the loader's limit
only as an empty placeholder of its size, never read), links are recreated as links and
folders as folders, and the copy is then read by the same loader as the work tree. So a link
that leaves data/, a huge file or an impossible date gets the same one-line problem in the
summary as from `make validate`, and nothing outside data/ is ever read.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..checks.history import unrecorded
from ..models.kinds import KINDS
from ..reading.errors import Problem
from ..reading.limits import max_file_bytes
from ..reading.loader import RawRecord, load_all

# Short controlled words worth showing as "old → new"; long text is only named.
SHOW_VALUES_UP_TO = 40

Key = tuple[str, str]  # (collection, id)
Records = dict[Key, dict[str, Any]]


class GitError(Exception):
    """A revision that git cannot read; the message says what to do."""


@dataclass
class Change:
    """One record that differs between the two sides."""

    collection: str
    id: str
    name: str
    status: str  # "added", "changed" or "removed"
    fields: list[str] = field(default_factory=list)
    values: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class DataDiff:
    """Every change, plus files that could not be read on either side."""

    changes: list[Change]
    unreadable: list[Problem]
    unrecorded: list[Problem] = field(default_factory=list)  # grades moved with no history entry


def _git(root: Path, *args: str) -> bytes:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    if result.returncode != 0:
        raise GitError(result.stderr.decode("utf-8", "replace").strip())
    return result.stdout


def resolve(root: Path, revision: str) -> str:
    """The full commit id of a revision, or a GitError that says how to get it."""
    try:
        found = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except GitError:
        raise GitError(
            f'git cannot find the revision "{revision}". Fetch it first (git fetch origin) or '
            "give a commit or branch that exists, e.g. make diff BASE=main."
        ) from None
    return found.decode().strip()


def extract_data(root: Path, commit: str, into: Path) -> Path:
    """Write data/ as it was at `commit` into a folder; returns that copy's data/ folder."""
    target = into / "data"
    target.mkdir(parents=True)
    listing = _git(root, "ls-tree", "-r", "-z", "--long", "--full-tree", commit, "--", "data")
    wanted: list[tuple[Path, str, str]] = []  # (where, mode, object) of blobs to copy
    for entry in filter(None, listing.split(b"\0")):
        info, _, name = entry.partition(b"\t")
        mode, kind, obj, size = info.decode().split()
        where = _inside(into, name.decode("utf-8", "replace"))
        if where is None:
            continue
        where.parent.mkdir(parents=True, exist_ok=True)
        if kind != "blob":
            where.mkdir(exist_ok=True)  # a submodule: an empty folder, refused as no record
        elif mode != "120000" and int(size) > max_file_bytes():
            with open(where, "wb") as placeholder:
                placeholder.truncate(int(size))  # sparse: takes no space, never read
        else:
            wanted.append((where, mode, obj))
    _copy_blobs(root, wanted)
    return target


def _inside(into: Path, name: str) -> Path | None:
    """Where a path from git goes in the copy; None for a name that would leave the copy."""
    parts = name.split("/")
    if parts[0] != "data" or any(part in ("", ".", "..") for part in parts):
        return None
    return into.joinpath(*parts)


def _copy_blobs(root: Path, wanted: list[tuple[Path, str, str]]) -> None:
    """Write each blob (a file, or a link whose target is its content) with one git process."""
    if not wanted:
        return
    request = "".join(f"{obj}\n" for _, _, obj in wanted).encode()
    output = subprocess.run(
        ["git", "cat-file", "--batch"], cwd=root, input=request, capture_output=True, check=True
    ).stdout
    offset = 0
    for where, mode, _ in wanted:
        header_end = output.index(b"\n", offset)
        header = output[offset:header_end].split()
        if len(header) != 3:  # "<object> missing" (a partial clone): leave the file out
            offset = header_end + 1
            continue
        size = int(header[2])
        content = output[header_end + 1 : header_end + 1 + size]
        offset = header_end + 1 + size + 1
        if mode == "120000":
            os.symlink(os.fsdecode(content), where)
        else:
            where.write_bytes(content)


def raw_records(data_dir: Path, root: Path) -> tuple[dict[Key, RawRecord], list[Problem]]:
    """Records as written, with their positions, keyed by (collection, id); no validation."""
    raws, problems = load_all(data_dir, root)
    keyed: dict[Key, RawRecord] = {}
    for raw in raws:
        if not isinstance(raw.data, dict):
            continue
        record_id = raw.data.get("id")
        if not isinstance(record_id, str):
            record_id = Path(raw.file).stem if raw.kind.one_per_file else f"{raw.file}#{raw.prefix}"
        keyed[(raw.kind.collection, record_id)] = raw
    return keyed, problems


def read_records(data_dir: Path, root: Path) -> tuple[Records, list[Problem]]:
    """Records keyed by (collection, id), read by the project's loader (no validation)."""
    keyed, problems = raw_records(data_dir, root)
    return {key: raw.data for key, raw in keyed.items()}, problems


def compare(before: Records, after: Records) -> list[Change]:
    """Added, changed (with the names of the fields that differ) and removed records."""
    changes = []
    for key in sorted(before.keys() | after.keys()):
        collection, record_id = key
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        name = str((new or old or {}).get("name") or (new or old or {}).get("title") or "")
        if old is None:
            changes.append(Change(collection, record_id, name, "added"))
        elif new is None:
            changes.append(Change(collection, record_id, name, "removed"))
        else:
            names = [f for f in _ordered_keys(old, new) if old.get(f) != new.get(f)]
            values = {f: (old.get(f), new.get(f)) for f in names if _shown(old.get(f), new.get(f))}
            changes.append(Change(collection, record_id, name, "changed", names, values))
    return changes


def _ordered_keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Field names in the order the record writes them, new fields last."""
    return list(dict.fromkeys([*old.keys(), *new.keys()]))


def _short(value: Any) -> bool:
    return value is None or (
        isinstance(value, str | int | float) and len(str(value)) <= SHOW_VALUES_UP_TO
    )


def _shown(old: Any, new: Any) -> bool:
    """Short words are shown as old → new; lists of different lengths as item counts."""
    if isinstance(old, list) or isinstance(new, list):
        return len(old or []) != len(new or []) and not isinstance(old or new, dict)
    return _short(old) and _short(new)


def diff(root: Path, base: str, head: str | None) -> tuple[DataDiff, str, str]:
    """Compare data/ at `base` with `head` (a revision, or None for the work tree)."""
    base_commit = resolve(root, base)
    head_commit = resolve(root, head) if head else None
    with tempfile.TemporaryDirectory(prefix="datadiff-") as tmp:
        before_dir = extract_data(root, base_commit, Path(tmp) / "base")
        before, _ = read_records(before_dir, before_dir.parent)
        if head_commit:
            after_dir = extract_data(root, head_commit, Path(tmp) / "head")
            after_raw, head_problems = raw_records(after_dir, after_dir.parent)
        else:
            after_raw, head_problems = raw_records(root / "data", root)
    after = {key: raw.data for key, raw in after_raw.items()}
    head_label = f"`{head}` ({head_commit[:12]})" if head and head_commit else "the work tree"
    result = DataDiff(compare(before, after), head_problems, unrecorded(before, after_raw))
    return result, base_commit[:12], head_label


def _value(value: Any) -> str:
    if isinstance(value, list):
        return f"{len(value)} item" + ("" if len(value) == 1 else "s")
    return "(none)" if value is None else f"`{value}`"


def to_markdown(result: DataDiff, base: str, base_commit: str, head: str) -> str:
    """A Markdown summary grouped by collection, ready to post as a pull-request comment."""
    counts = {s: sum(1 for c in result.changes if c.status == s) for s in ("added", "changed")}
    removed = sum(1 for c in result.changes if c.status == "removed")
    lines = [
        "## Data changes",
        "",
        f"Compared `{base}` ({base_commit}) with {head}: {counts['added']} added, "
        f"{counts['changed']} changed, {removed} removed.",
    ]
    if not result.changes:
        lines += ["", "No records were added, changed or removed."]
    order = {kind.collection: index for index, kind in enumerate(KINDS)}
    for collection in sorted({c.collection for c in result.changes}, key=order.__getitem__):
        lines += ["", f"### {collection.replace('-', ' ').capitalize()}", ""]
        for change in (c for c in result.changes if c.collection == collection):
            named = f"`{change.id}`" + (f" ({change.name})" if change.name else "")
            if change.status != "changed":
                lines.append(f"- **{change.status.capitalize()}** {named}")
                continue
            fields = ", ".join(
                f"`{f}` ({_value(change.values[f][0])} → {_value(change.values[f][1])})"
                if f in change.values
                else f"`{f}`"
                for f in change.fields
            )
            lines.append(f"- **Changed** {named}: {fields}")
    if result.unrecorded:
        lines += ["", "### Grades that moved without a history entry", ""]
        lines += [f"- `{p.file}` line {p.line}: {p.message}" for p in result.unrecorded]
    if result.unreadable:
        lines += ["", "### Files that could not be read", ""]
        lines += [f"- `{p.file}` line {p.line}: {p.message}" for p in result.unreadable]
    return "\n".join(lines) + "\n"


def main(root: Path, base: str, head: str | None, check: bool = False) -> int:
    """Entry point of `python -m macros diff BASE [HEAD]`; prints Markdown, returns the code.

    With `check`, a grade that moved without a history entry is also printed as a located
    problem and the exit code is 1, so CI can hold the pull request until it says why.
    """
    try:
        result, base_commit, head_label = diff(root, base, head)
    except GitError as error:
        print(error, file=sys.stderr)
        return 2
    print(to_markdown(result, base, base_commit, head_label), end="")
    if check and result.unrecorded:
        for problem in result.unrecorded:
            print(problem, file=sys.stderr)
        return 1
    return 0
