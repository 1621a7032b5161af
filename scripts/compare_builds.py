"""Build the site and the JSON API of two revisions and compare every file, byte for byte.

    python scripts/compare_builds.py BASE [HEAD]     # HEAD defaults to the work tree

A refactoring promises that the output stays the same. This builds each side from a clean
copy (`git archive` for a revision, the tracked files for the work tree) with one fixed
SOURCE_DATE_EPOCH, so the build time cannot differ, runs `python -m macros build` on each and
lists every page or API file that exists on one side only or differs. Exit 0 when the two
builds are identical, 1 otherwise; the builds are kept (the path is printed) to inspect.
"""

from __future__ import annotations

import argparse
import filecmp
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z: any fixed instant will do


def _copy_revision(revision: str, target: Path) -> None:
    """The revision's tracked files, as `git archive` gives them."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")


def _copy_work_tree(target: Path) -> None:
    """The work tree's tracked and new (not ignored) files, as they are on disk now."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file() and not source.is_symlink():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(source.read_bytes())


def _build(project: Path) -> Path:
    """`python -m macros build` in the copy; returns its site folder."""
    site = project / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "macros", "build", "--site", str(site)],
        cwd=project,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return site


def _files(site: Path) -> set[str]:
    return {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()}


def compare(before: Path, after: Path) -> list[str]:
    """One line per file that is on one side only or differs."""
    old, new = _files(before), _files(after)
    lines = [f"only before: {name}" for name in sorted(old - new)]
    lines += [f"only after:  {name}" for name in sorted(new - old)]
    lines += [
        f"differs:     {name}"
        for name in sorted(old & new)
        if not filecmp.cmp(before / name, after / name, shallow=False)
    ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="a git revision, e.g. main")
    parser.add_argument("head", nargs="?", help="a git revision; default: the work tree")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="compare-builds-"))
    sides = []
    for label, revision in (("before", args.base), ("after", args.head)):
        project = scratch / label
        project.mkdir()
        if revision is None:
            _copy_work_tree(project)
        else:
            _copy_revision(revision, project)
        sides.append(_build(project))
    lines = compare(*sides)
    for line in lines:
        print(line)
    count = len(_files(sides[0]))
    verdict = "identical" if not lines else f"{len(lines)} differences"
    print(f"{count} files compared: {verdict}. Builds kept in {scratch}.")
    return 0 if not lines else 1


if __name__ == "__main__":
    sys.exit(main())
