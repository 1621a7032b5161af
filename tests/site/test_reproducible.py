"""Reproducible output: rebuilding the same commit gives byte-identical files, API included.

The build time comes from SOURCE_DATE_EPOCH, else the last commit's date, else the newest
data file (macros/commands/buildtime.py), never from the clock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from macros.commands.buildtime import BuildTimeError, build_epoch, build_time

from tests.helpers.project import ROOT

COMMITTED = "2024-05-06T07:08:09+00:00"


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    return {**env, "NO_MKDOCS_2_WARNING": "1", **extra}


def _commit(project: Path) -> None:
    env = _environment(
        GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.org", GIT_AUTHOR_DATE=COMMITTED,
        GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.org",
        GIT_COMMITTER_DATE=COMMITTED,
    )  # fmt: skip
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "one commit"]):
        subprocess.run(["git", *args], cwd=project, env=env, check=True, capture_output=True)


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_two_builds_of_one_commit_are_byte_identical(project_copy: Path) -> None:
    _commit(project_copy)
    sites = []
    for name in ("first", "second"):
        site = project_copy / name
        done = subprocess.run(
            [sys.executable, "-m", "macros", "--root", str(project_copy), "build", "--site",
             str(site)],
            cwd=ROOT, env=_environment(), capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        sites.append(_files(site))
    first, second = sites
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
    api = [name for name in first if name.startswith("api/v1/") and name.endswith(".json")]
    assert len(api) > 100
    index = json.loads(first["api/v1/index.json"])
    assert index["generated_at"] == COMMITTED


def test_source_date_epoch_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert build_time(ROOT) == "2026-01-01T00:00:00+00:00"


def test_a_malformed_source_date_epoch_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(BuildTimeError, match='SOURCE_DATE_EPOCH is "yesterday", but it must be'):
        build_epoch(ROOT)


def test_without_git_the_newest_data_file_dates_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    for name, stamp in (("sources.yaml", 1_600_000_000), ("remedies/a.yaml", 1_700_000_000)):
        path = tmp_path / "data" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n", encoding="utf-8")
        os.utime(path, (stamp, stamp))
    assert build_epoch(tmp_path) == 1_700_000_000
