"""Shared fixtures: throwaway copies of the project and of the data, a tiny git repository,
and one strict build of the real site.

The real site is built once per test session (it is the slow part) and every built-site
test reads the same folder; so is its Zensical build, which tests/site/test_zensical.py
compares with it. The plain functions behind these fixtures are in tests/helpers/.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.gitrepo import make_repo
from tests.helpers.project import (
    FIXTURES,
    ROOT,
    ZensicalBuild,
    copy_project,
    full_build,
    zensical_build,
)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site as `make build` makes it, once; the build must succeed."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = full_build(ROOT, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def zensical_built(tmp_path_factory: pytest.TempPathFactory) -> ZensicalBuild:
    """The real site built once with Zensical (strict), from a copy of the project: Zensical
    has no --site-dir and writes site/ next to mkdocs.yml."""
    return zensical_build(copy_project(tmp_path_factory.mktemp("zensical") / "project"))


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throwaway copy of the project that a test may change."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose first commit has two remedies and one source (`make diff`)."""
    return make_repo(tmp_path)


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
