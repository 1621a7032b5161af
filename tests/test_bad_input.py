"""Every kind of contributor mistake gets exactly one located, plain-language error.

Each folder in fixtures/invalid/ overlays the valid fixture with files holding one mistake;
the first line of the changed file says `# expect: LINE:COL: part of the message`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from macros.dataset import check_data
from macros.errors import Severity

from .conftest import FIXTURES, ROOT

CASES = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def expectation(case: Path) -> tuple[str, int, int, str]:
    """(file relative to the project, line, column, message start) from the case's header."""
    file = next(f for f in sorted(case.rglob("*")) if f.is_file())
    header = file.read_bytes().split(b"\n", 1)[0].decode("ascii")
    assert header.startswith("# expect: "), f"{file} must start with '# expect: L:C: message'"
    line, column, message = header.removeprefix("# expect: ").split(":", 2)
    return f"data/{file.relative_to(case).as_posix()}", int(line), int(column), message.strip()


def test_every_case_from_the_issue_has_a_fixture() -> None:
    names = {case.name for case in CASES}
    assert names >= {
        "yaml-syntax", "tab-indentation", "duplicate-key", "unknown-field", "wrong-type",
        "outside-vocabulary", "missing-required", "duplicate-id", "id-not-file-name",
        "missing-reference", "http-url", "javascript-url", "reviewed-in-future", "empty-file",
        "not-utf8", "list-not-mapping",
    }  # fmt: skip


def test_the_valid_fixture_has_no_problems(data_case) -> None:
    data = data_case()
    dataset, problems = check_data(data, root=data.parent)
    assert problems == []
    assert dataset is not None
    assert dataset.counts()["remedies"] == 1


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_one_located_plain_error(case: Path, data_case) -> None:
    file, line, column, message = expectation(case)
    data = data_case(case)
    dataset, problems = check_data(data, root=data.parent)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert dataset is None
    assert len(errors) == 1, "\n".join(map(str, errors))
    (error,) = errors
    assert (error.file, error.line, error.column) == (file, line, column), str(error)
    assert message in error.message, str(error)
    assert "Traceback" not in error.message and "pydantic" not in error.message


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_validate_command_prints_it_and_exits_1(case: Path, data_case) -> None:
    file, line, column, message = expectation(case)
    data = data_case(case)
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(data.parent), "validate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith(f"{file}:{line}:{column}: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_github_format_prints_annotations(data_case) -> None:
    data = data_case(FIXTURES / "invalid" / "outside-vocabulary")
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(data.parent), "validate", "--format",
         "github"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.startswith(
        '::error file=data/remedies/stretching.yaml,line=11,col=10::"probably" is not an'
    )


def test_clean_data_prints_one_summary_line(data_case) -> None:
    data = data_case()
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(data.parent), "validate"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "Data is valid: 2 sources, 1 remedies, 0 causes, 0 medications, 0 warnings, "
        "0 stretches, 0 first-aid, 0 red-flags, 0 comparisons, 0 claims, 0 glossary, "
        "0 guide-questions."
    ]


def test_all_mistakes_are_reported_together(data_case, tmp_path: Path) -> None:
    data = data_case(FIXTURES / "invalid" / "wrong-type")
    for case in ("empty-file", "tab-indentation"):
        for file in (FIXTURES / "invalid" / case).rglob("*.yaml"):
            (data / "remedies" / file.name).write_bytes(file.read_bytes())
    _, problems = check_data(data, root=data.parent)
    assert {p.file for p in problems} == {
        "data/remedies/stretching.yaml", "data/remedies/empty.yaml", "data/remedies/tabbed.yaml",
    }  # fmt: skip
