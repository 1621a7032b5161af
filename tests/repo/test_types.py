"""The type checker passes: mypy, strict, on the macros package (configured in pyproject.toml,
with pydantic's plugin), run by `make test` through this test.

The control shows the check is really on: the same configuration, run on a copy of the
package with one deliberate mistake, fails and names it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.project import ROOT

# A module added to the copy (so the control does not depend on how the package is laid out):
# an unannotated function (an error only in strict mode) and a wrong return type.
MISTAKE = """from __future__ import annotations


def deliberately_wrong(count):
    return f"{count} records"


def deliberately_typed_wrong() -> int:
    return "not a number"
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for both runs (the control then re-checks only what changed), kept out
    of the repository."""
    return tmp_path_factory.mktemp("mypy-cache")


def mypy(project: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """mypy as configured in `project`'s pyproject.toml."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--no-color-output"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_the_package_passes_mypy_strict(cache: Path) -> None:
    result = mypy(ROOT, cache)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_mypy_fails_on_a_deliberate_type_error(tmp_path: Path, cache: Path) -> None:
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "macros", tmp_path / "macros", ignore=shutil.ignore_patterns("*.pyc"))
    (tmp_path / "macros" / "deliberate_mistake.py").write_text(MISTAKE, encoding="utf-8")
    result = mypy(tmp_path, cache)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "macros/deliberate_mistake.py" in result.stdout
    assert "[no-untyped-def]" in result.stdout, "strict mode is off: " + result.stdout
    assert "[return-value]" in result.stdout, result.stdout
