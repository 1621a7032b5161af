"""Shared fixtures: the project root, throwaway copies of the project, and one strict build.

The real site is built once per test session (it is the slow part) and every built-site
test reads the same folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PROJECT_PARTS = ("mkdocs.yml", "docs", "macros", "overrides", "data")


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """Run the strict build of `project` into `site` and capture its output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def copy_project(target: Path) -> Path:
    """A full copy of the site's sources, for tests that edit data or pages."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


def full_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """`make build` of `project` into `site`: validation, the strict build, then the steps
    that run on the built site (JSON API, Atom feed, offline service worker)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(project), "build", "--site", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site as `make build` makes it, once; the build must succeed."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = full_build(ROOT, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throwaway copy of the project that a test may change."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def data_case(tmp_path: Path) -> Callable[[Path | None], Path]:
    """A data/ folder made of the valid fixture plus the files of one invalid case."""

    def make(case: Path | None = None) -> Path:
        data = tmp_path / "data"
        shutil.copytree(FIXTURES / "valid", data)
        if case is not None:
            for file in case.rglob("*"):
                if file.is_file():
                    target = data / file.relative_to(case)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(file, target)
        return data

    return make


@pytest.fixture(scope="session")
def site_data(built_site: Path) -> Any:
    """The real data the site was built from (loaded right after the build), for tests that
    derive their expectations from it."""
    from macros.dataset import build_dataset

    return build_dataset(ROOT / "data", root=ROOT)


@pytest.fixture(scope="session")
def site_page(built_site: Path) -> Callable[[str], Any]:
    """Parse one built page ('' for home, 'remedies/quinine/') with BeautifulSoup, once."""
    from functools import cache

    from bs4 import BeautifulSoup

    @cache
    def read(path: str) -> Any:
        file = built_site / path / "index.html" if not path.endswith(".html") else built_site / path
        assert file.is_file(), f"no built page at {path or '(home)'}"
        return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")

    return read


@pytest.fixture(scope="session")
def site_paths(built_site: Path) -> list[str]:
    """Every content page of the built site as a path ('' is home; 404 and search excluded)."""
    found = []
    for file in sorted(built_site.rglob("index.html")):
        relative = file.relative_to(built_site).parent.as_posix()
        if relative.split("/")[0] in {"assets", "search", "api"}:
            continue
        found.append("" if relative == "." else relative + "/")
    assert len(found) > 20, "the built site has hardly any pages"
    return found
