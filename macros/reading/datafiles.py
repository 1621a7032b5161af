"""Find the files in data/ and read them safely: regular files inside data/, size-limited.

A checkout holds whatever a pull request put in it, and git can store links. So a "record
file" may be a link to a file elsewhere on the machine (a private key, /dev/zero), a named
pipe that blocks whoever opens it, a dangling link or a folder named like a record. Each of
these is refused with one located sentence and never opened: links are followed only when
they lead to a file inside data/, and only regular files are read, never beyond the size
limit. Messages name files as `data/...`, never by their place on the machine.

Editor leftovers (backups ending in `~`, lock files `.#name`, autosaves `#name#`,
`.DS_Store` and every other hidden file or folder) are skipped without a word: they are not
records, and an editor left open should not fail the build. `README.md` files are skipped too.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..models.kinds import KINDS, Kind
from .errors import Problem
from .limits import Budget, Refused, max_file_bytes

_SPECIAL = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


# O_NONBLOCK and O_CLOEXEC do not exist on Windows, which has no named pipes to fear here.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class DataFile:
    """A record file that may be read: its kind, its name for messages and where it is."""

    kind: Kind
    name: str
    path: Path


def ignored(name: str) -> bool:
    """Hidden files, editor backups and autosaves, which are never records."""
    return (
        name.startswith(".") or name.endswith("~") or (name.startswith("#") and name.endswith("#"))
    )


def scan(
    data_dir: Path, root: Path, budget: Budget | None = None
) -> tuple[list[DataFile], list[Problem]]:
    """Every readable record file in data/ (in registry order), and a problem per refused entry."""
    base = os.path.realpath(data_dir)
    prefix = _prefix(data_dir, root)
    found: list[DataFile] = []
    problems: list[Problem] = []
    folders = [""] if os.path.isdir(base) else []
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(os.path.join(base, folder)) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            where = f"{prefix}/{folder}" if folder else prefix
            problems.append(Problem(where, 1, 1, f"this folder cannot be read ({_reason(error)})."))
            continue
        for entry in entries:
            if ignored(entry.name):
                continue
            relative = f"{folder}/{entry.name}" if folder else entry.name
            name = f"{prefix}/{relative}"
            if budget is not None and _out_of_time(budget, name, problems):
                return [], problems
            refusal = _refusal(entry, base)
            if refusal is not None:
                problems.append(Problem(name, 1, 1, refusal))
            elif entry.is_dir():
                folders.append(relative)
            elif (kind := _kind_of(relative)) is not None:
                found.append(DataFile(kind, name, data_dir / relative))
            elif entry.name != "README.md":
                problems.append(Problem(name, 1, 1, _STRAY))
    order = {kind.collection: index for index, kind in enumerate(KINDS)}
    found.sort(key=lambda file: (order[file.kind.collection], file.name))
    return found, problems


def _out_of_time(budget: Budget, name: str, problems: list[Problem]) -> bool:
    """Whether the deadline passed while listing data/ (a folder with countless files)."""
    try:
        budget.check_time(1, 1)
    except Refused as refused:
        problems.append(Problem(name, 1, 1, refused.message))
        return True
    return False


def read_limited(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, or Refused: never blocks, never reads past `limit`
    (default: the size limit in limits.py).

    O_NONBLOCK makes opening a named pipe return at once instead of waiting for a writer, and
    the type and size are checked on the open file, so nothing can be swapped in between.
    """
    limit = max_file_bytes() if limit is None else limit
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except OSError as error:
        raise Refused(1, 1, f"this file cannot be opened ({_reason(error)}).") from None
    with os.fdopen(descriptor, "rb", buffering=0) as file:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(1, 1, _not_a_file(info.st_mode))
        chunks: list[bytes] = []
        size = 0
        while size <= limit and (chunk := file.read(limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
    if size > limit:
        raise Refused(
            1,
            1,
            f"this file is larger than {limit / 1_000_000:g} MB, the most a data file may be; "
            "a record file is a few kilobytes, so check that this is the file you meant to add.",
        )
    return b"".join(chunks)


_STRAY = (
    "this file is not read by the build: record files end in .yaml and live in the folder "
    "for their kind (for example data/remedies/)."
)


def _refusal(entry: os.DirEntry[str], base: str) -> str | None:
    """Why this entry may not be read, or None if it is a real file or folder inside data/."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError as error:
        return f"this cannot be read ({_reason(error)})."
    if stat.S_ISLNK(info.st_mode):
        target = os.path.realpath(entry.path)
        if not _within(base, target):
            return (
                "this is a link to a file outside data/; data files must be inside data/, so "
                "copy the file here instead of linking to it."
            )
        try:
            info = os.stat(target)
        except OSError:
            return "this is a link to a file that does not exist; delete it or fix where it points."
        if stat.S_ISDIR(info.st_mode):
            return "this is a link to a folder, which the build does not follow; use a real folder."
    if stat.S_ISDIR(info.st_mode):
        if entry.name.endswith(".yaml"):
            return (
                "this is a folder, but its name ends in .yaml like a record file; rename it, "
                "or put its records directly in the folder for their kind."
            )
        return None
    if not stat.S_ISREG(info.st_mode):
        return _not_a_file(info.st_mode)
    return None


def _within(base: str, target: str) -> bool:
    try:
        return os.path.commonpath([base, target]) == base
    except ValueError:  # on another drive (Windows)
        return False


def _not_a_file(mode: int) -> str:
    what = _SPECIAL.get(stat.S_IFMT(mode), "not an ordinary file")
    return f"this is {what}, not a text file; data/ may hold only text files, so remove it."


def _kind_of(relative: str) -> Kind | None:
    """The kind whose records a file at this place in data/ holds, if any."""
    parts = relative.split("/")
    for kind in KINDS:
        if kind.one_per_file:
            if len(parts) == 2 and parts[0] == kind.path and parts[1].endswith(".yaml"):
                return kind
        elif relative == kind.path:
            return kind
    return None


def _prefix(data_dir: Path, root: Path) -> str:
    """How messages name the data folder: relative to the project, never an absolute path."""
    try:
        return data_dir.relative_to(root).as_posix()
    except ValueError:
        return "data"


def display_name(path: Path, root: Path) -> str:
    """A file's name for messages, relative to the project (or just its name)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path.name


def _reason(error: OSError) -> str:
    return (error.strerror or "unknown error").lower()
