"""Every kind of contributor mistake gets exactly one located, plain-language error.

Each folder in fixtures/invalid/ overlays the valid fixture with files holding one mistake;
the first line of the file where the error must appear says `# expect: LINE:COL: part of the
message` (a case may change other files too, to set the scene: they carry no header).
"""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

import pytest
from pydantic_core.core_schema import ErrorType

from macros.dataset import check_data
from macros.models import Remedy
from macros.reading.errors import Severity
from macros.reading.messages import _sentence
from tests.helpers.cases import expectation, run_validate
from tests.helpers.project import FIXTURES, ROOT

CASES = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def test_every_case_from_the_issue_has_a_fixture() -> None:
    names = {case.name for case in CASES}
    assert names >= {
        "yaml-syntax", "tab-indentation", "duplicate-key", "unknown-field", "wrong-type",
        "outside-vocabulary", "missing-required", "duplicate-id", "id-not-file-name",
        "missing-reference", "http-url", "javascript-url", "reviewed-in-future", "empty-file",
        "not-utf8", "list-not-mapping",
        # one mistake, one error: no cascade from a broken source or an unreadable file
        "source-error-no-cascade", "unreadable-list-file", "unreadable-record-file",
        # each bad row at its own line; values described as what they should be
        "comparison-row-cells", "url-not-address", "id-too-long", "not-finite-number",
        "doi-shape", "pmid-shape", "file-name-not-id", "control-character", "nul-character",
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
    result = run_validate(data)
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


# Words of pydantic or Python that mean nothing to someone editing YAML.
PROGRAMMER_WORDS = (
    "Input should", "String should", "List should", "URL input", "URL should", "Value error",
    "Field required", "Extra inputs", "valid integer", "finite number", "odict_keys",
    "ordereddict", "CommentedMap", "NoneType", "pydantic", "Traceback",
)  # fmt: skip


@pytest.mark.parametrize("error_type", typing.get_args(ErrorType))
def test_no_pydantic_error_type_is_shown_in_pydantic_words(error_type: str) -> None:
    item = {
        "type": error_type, "loc": ("summary",), "input": {"a": 1},
        "msg": "Input should be PYDANTIC WORDING", "ctx": {},
    }  # fmt: skip
    sentence = _sentence(item, Remedy, ("summary",), "remedy")
    assert "PYDANTIC" not in sentence and "{" not in sentence, sentence
    assert sentence.endswith("."), sentence


SOURCES = FIXTURES / "valid" / "sources.yaml"
REMEDY = FIXTURES / "valid" / "remedies" / "stretching.yaml"
URL = "url: https://pubmed.ncbi.nlm.nih.gov/22341378/"
# (file, text to replace, replacement): each is one mistake.
BAD_VALUES = [
    (SOURCES, URL, f"url: {bad}")
    for bad in (
        "not a web address",
        "www.example.org",
        "https://",
        "ftp://example.org/a",
        "javascript:alert(1)",
        "http://example.org",
        "12",
        "[a, b]",
        "{a: 1}",
        "''",
        "'https://exa mple.org/'",
        "https://example.org/" + "a" * 2100,
    )
] + [
    (SOURCES, "year: 2012", "year: .nan"),
    (SOURCES, "year: 2012", "year: -.inf"),
    (SOURCES, "year: 2012", "year: 2012.5"),
    (SOURCES, "year: 2012", "year: [2012]"),
    (SOURCES, "- id: garrison2020-csr", "- id: " + "a" * 81),
    (SOURCES, 'pmid: "22341378"', 'pmid: "PMID22341378"'),
    (SOURCES, 'pmid: "22341378"', 'doi: "https://doi.org/10.1/x"'),
    (REMEDY, "verdict: may-help", "verdict: !!set {helps}"),
    (REMEDY, "verdict: may-help", "verdict: [helps]"),
    (REMEDY, "verdict: may-help", "verdict: {helps: 1}"),
    (REMEDY, "name: Stretching before bed", "name: {a: 1}"),
    (REMEDY, "reviewed: 2026-01-01", "reviewed: 2026-01-01 10:00:00"),
    (REMEDY, "use: [prevent]", "use: prevent"),
    (REMEDY, "use: [prevent]", "use: [{a: 1}]"),
    (REMEDY, "sources: [hallegraeff2012-rct]\nreviewed", "sources: [Hallegraeff]\nreviewed"),
    (REMEDY, "how_to:", "? {a: 1}\n: b\nhow_to:"),
    (REMEDY, "how_to:", "? [a, b]\n: b\nhow_to:"),
]


@pytest.mark.parametrize("file, old, new", BAD_VALUES, ids=[new[:30] for _, _, new in BAD_VALUES])
def test_a_bad_value_is_one_error_in_plain_words(file: Path, old: str, new: str, data_case) -> None:
    data = data_case()
    target = data / file.relative_to(FIXTURES / "valid")
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    _, problems = check_data(data, root=data.parent)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert len(errors) == 1, "\n".join(map(str, errors))
    for word in PROGRAMMER_WORDS:
        assert word not in errors[0].message, str(errors[0])


def test_a_broken_reference_is_reported_with_the_records_other_mistakes(data_case) -> None:
    data = data_case()
    remedy = data / "remedies" / "stretching.yaml"
    text = remedy.read_text(encoding="utf-8").replace("certainty: low", "certainty: lowish")
    text = text.replace("reviewed: 2026-01-01", "reviewed: 2999-01-01")
    remedy.write_text(text + "stretches: [nope]\n", encoding="utf-8")
    _, problems = check_data(data, root=data.parent)
    assert [(p.line, p.message.split(" ")[0]) for p in problems] == [
        (6, "the"), (11, '"lowish"'), (18, '"nope"'),
    ]  # fmt: skip
    assert "is in the future" in problems[0].message
    assert "is not the id of any stretch" in problems[2].message


def test_a_duplicate_id_is_reported_with_the_records_other_mistakes(data_case) -> None:
    data = data_case()
    sources = data / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    text = text.replace("- id: garrison2020-csr", "- id: hallegraeff2012-rct")
    sources.write_text(text.replace("year: 2020", "year: twenty"), encoding="utf-8")
    _, problems = check_data(data, root=data.parent)
    assert [p.line for p in problems] == [12, 16], "\n".join(map(str, problems))
    assert problems[0].message.startswith('the id "hallegraeff2012-rct" is already used')
    assert problems[1].message.startswith('"year" should be a whole number')


def test_every_bad_row_of_a_table_is_reported_at_its_own_line(data_case) -> None:
    data = data_case(FIXTURES / "invalid" / "comparison-row-cells")
    table = data / "comparisons.yaml"
    text = (
        table.read_text(encoding="utf-8")
        .replace(
            "cells: [A sudden hard knot that hurts a lot, A dull pull that eases slowly]",
            "cells: [A sudden hard knot, that hurts, a lot, 'and a dull pull']",
        )
        .replace("summary: How", "summary: ''\n  name2: How")
    )
    table.write_text(text, encoding="utf-8")
    _, problems = check_data(data, root=data.parent)
    found = [(p.line, p.message) for p in problems]
    assert [line for line, _ in found] == [4, 5, 12, 16], found
    assert found[2][1].startswith('row 1 ("How it feels") has 4 cells but')
    assert found[3][1].startswith('row 2 ("When it happens") has 3 cells')
