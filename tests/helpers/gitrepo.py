"""A tiny git repository of data files, for `make diff` and its history check.

Real `git` revisions and a real work tree, made in a temporary folder (the `repo` fixture in
tests/conftest.py), so the diff is checked the way contributors run it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REMEDY = """\
id: {id}
name: {name}
summary: A short summary.
sources: [smith2020-rct]
reviewed: 2026-01-01
review_status: sources-checked
kind: self-care
use: [prevent]
verdict: {verdict}
certainty: low
safety: safe
evidence:
  - text: One finding.
    sources: [smith2020-rct]
"""

SOURCES = """\
- id: smith2020-rct
  kind: rct
  title: A trial
  year: 2020
  publisher: A journal
  url: https://example.org/a
  checked: {against: abstract, date: 2020-01-01}
"""


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def write(repo: Path, path: str, text: str) -> None:
    target = repo / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def commit(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def make_repo(folder: Path) -> Path:
    """A repository in `folder` whose first commit has two remedies and one source."""
    git(folder, "init", "-q", "-b", "main")
    write(folder, "data/sources.yaml", SOURCES)
    for rid, name in (("stretching", "Stretching"), ("magnesium", "Magnesium")):
        write(
            folder,
            f"data/remedies/{rid}.yaml",
            REMEDY.format(id=rid, name=name, verdict="unclear"),
        )
    commit(folder, "base")
    return folder
