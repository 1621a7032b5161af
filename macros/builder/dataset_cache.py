"""The dataset built once per process and reused until a data file changes.

MkDocs calls `define_env` once per build, Zensical once per page: without a cache Zensical
would parse and check every data file again for each of the site's pages. A live-reloading
server (`mkdocs serve`, `zensical serve`) stays in one process, so the cache is keyed by what
the data folder holds on disk and a saved edit is seen by the next build.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..dataset import Dataset, build_dataset
from ..reading.errors import DataError

# (relative path, size, modification time, change time, inode) of every file under data/.
# The change time and inode move on every write or editor's save-by-rename, even when an
# edit keeps the size and the modification time is reset by a tool.
Fingerprint = tuple[tuple[str, int, int, int, int], ...]


@dataclass(frozen=True)
class _Entry:
    """The last outcome: a dataset, or the error that its data raised."""

    data_dir: Path
    fingerprint: Fingerprint
    today: dt.date
    outcome: Dataset | DataError


_last: _Entry | None = None


def fingerprint(data_dir: Path) -> Fingerprint:
    """What the data folder holds right now, cheaply (file metadata, not contents).

    Zensical asks for the dataset on every page, so this runs once per page: `os.scandir`
    (no Path object per file) keeps it about four times cheaper than `Path.rglob`. Like
    `rglob`, it does not descend into symlinked folders.
    """
    found = []
    root = os.fspath(data_dir)
    folders = [root]
    while folders:
        try:
            entries = os.scandir(folders.pop())
        except OSError:  # removed while we looked: the next build sees the folder as it is
            continue
        with entries:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                        continue
                    status = entry.stat()
                except OSError:
                    continue
                if stat.S_ISREG(status.st_mode):
                    relative = os.path.relpath(entry.path, root).replace(os.sep, "/")
                    found.append(
                        (
                            relative,
                            status.st_size,
                            status.st_mtime_ns,
                            status.st_ctime_ns,
                            status.st_ino,
                        )
                    )
    return tuple(sorted(found))


def cached_dataset(data_dir: Path, root: Path) -> tuple[Dataset, bool]:
    """The dataset for `data_dir` and whether it was built just now (False: reused).

    Only the last folder is kept, so a long test run that builds many copies of the project
    holds one dataset at a time. The date is part of the key because some checks (review
    dates) depend on it. A DataError is kept as well, so a broken data folder fails every
    page of a Zensical build with the same message without being checked again.
    """
    global _last
    data_dir = data_dir.resolve()
    today = dt.date.today()
    current = fingerprint(data_dir) if data_dir.is_dir() else ()
    fresh = not (
        _last is not None
        and _last.data_dir == data_dir
        and _last.fingerprint == current
        and _last.today == today
    )
    if fresh:
        outcome: Dataset | DataError
        try:
            outcome = build_dataset(data_dir, root=root)
        except DataError as error:
            outcome = error
        _last = _Entry(data_dir, current, today, outcome)
    assert _last is not None
    if isinstance(_last.outcome, DataError):
        raise _last.outcome
    return _last.outcome, fresh


def forget() -> None:
    """Drop the cached dataset (tests use this to start from a cold process)."""
    global _last
    _last = None
