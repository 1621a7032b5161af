"""Shared fixtures: the project root, throwaway copies of the project, and one strict build.

The real site is built once per test session (it is the slow part) and every built-site
test reads the same folder; so is its Zensical build, which tests/test_zensical.py compares
with it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PROJECT_PARTS = ("mkdocs.yml", "docs", "macros", "overrides", "data")


def load_script(name: str) -> ModuleType:
    """A script from scripts/ as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


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


# Runs Zensical's own command line (`zensical build --strict`) and then reports how many times
# the dataset was built. Started with -P so that the project folder is not on sys.path: the
# macros package must then load the way Zensical loads it, from its file.
ZENSICAL_DRIVER = """
import sys
from zensical.main import cli
try:
    cli(["build", "--strict"], standalone_mode=False)
finally:
    dataset = sys.modules.get("macros.dataset")
    print(f"dataset loads: {getattr(dataset, 'LOAD_COUNT', 0)}", file=sys.stderr)
"""


@dataclass(frozen=True)
class ZensicalBuild:
    """A Zensical build of a project: the site folder, its output and the dataset loads."""

    site: Path
    output: str
    dataset_loads: int


def zensical_build(project: Path) -> ZensicalBuild:
    """`make zensical-build` of `project`: Zensical (pinned in requirements.lock) writes
    `project/site`, then the steps every build ends with (`python -m macros finish`)."""
    if importlib.util.find_spec("zensical") is None:
        pytest.fail(
            "Zensical is not installed in this environment; `make test` installs it from "
            "requirements.lock (or run: pip install --require-hashes -r requirements.lock)"
        )
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-P", "-c", ZENSICAL_DRIVER],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=900,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    loads = re.search(r"^dataset loads: (\d+)$", result.stderr, re.MULTILINE)
    assert loads, output
    site = project / "site"
    finish = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(project), "finish", "--site", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert finish.returncode == 0, finish.stdout + finish.stderr
    return ZensicalBuild(site, output + finish.stdout, int(loads.group(1)))


def loads_during_build(project: Path, site: Path) -> int:
    """Build `project` strictly in this process, as `mkdocs serve` rebuilds it on each change;
    return how many times the data was loaded."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import macros.dataset as dataset_module

    before = dataset_module.LOAD_COUNT
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True)
    build(config)
    return dataset_module.LOAD_COUNT - before


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
