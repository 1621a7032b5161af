"""The project as the tests see it: where it is, and how a test copies and builds it.

Plain functions, imported by test modules and by tests/conftest.py (whose fixtures build the
real site once per session with them).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from macros.commands import project_copy

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


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
    """A copy of everything a build of this project reads, for tests that edit data or pages
    (the benchmark makes the same copy: macros/commands/project_copy.py)."""
    return project_copy.copy_project(ROOT, target)


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
