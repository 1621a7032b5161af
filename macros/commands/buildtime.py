"""When the site was built: one instant that every rebuild of the same commit agrees on.

Every JSON API file states `generated_at`. Taking it from the clock made two builds of one
commit differ in every API file, so the build time is, in this order:

1. SOURCE_DATE_EPOCH, when set: whole seconds since 1970-01-01 UTC, the reproducible-builds
   convention that packagers and CI systems already set (and that MkDocs also reads, for the
   sitemap's dates). A value that is not a whole number is an error, as the convention asks;
2. else the committer date of the last commit (`git log -1 --format=%ct`), so a rebuild of
   a commit, on any machine and any day, gives byte-identical files;
3. else (no git, as in a downloaded archive) the newest modification time among the files
   in data/, which is when the data last changed and which an unchanged copy keeps; and
   only if data/ holds no file at all, the current time.

An uncommitted edit does not move the time under rule 2: the stamp says which commit the
data came from, which is what a reader of the API can check.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path


class BuildTimeError(ValueError):
    """SOURCE_DATE_EPOCH is set to something that is not a time; the message says so."""


def build_epoch(root: Path) -> int:
    """The build time as whole seconds since 1970 (UTC), by the rules above."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given is not None:
        if not given.strip().isdigit():
            raise BuildTimeError(
                f'SOURCE_DATE_EPOCH is "{given[:40]}", but it must be a whole number of '
                "seconds since 1970 (for example 1767225600); set it right or unset it."
            )
        return int(given)
    committed = _last_commit_epoch(root)
    if committed is not None:
        return committed
    newest = _newest_data_file(root / "data")
    return newest if newest is not None else int(dt.datetime.now(dt.UTC).timestamp())


def build_time(root: Path) -> str:
    """The build time as ISO 8601 in UTC, to the second: 2026-01-31T12:00:00+00:00."""
    return iso_time(build_epoch(root))


def iso_time(epoch: int) -> str:
    """Seconds since 1970 as ISO 8601 in UTC."""
    return dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat()


def _last_commit_epoch(root: Path) -> int | None:
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None  # no git on this machine
    stamp = done.stdout.strip()
    return int(stamp) if done.returncode == 0 and stamp.isdigit() else None


def _newest_data_file(data_dir: Path) -> int | None:
    times = [
        int(path.lstat().st_mtime)
        for path in data_dir.rglob("*")
        if path.is_file() and not path.is_symlink()
    ]
    return max(times, default=None)
