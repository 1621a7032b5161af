"""The evidence rules of CONTRIBUTING.md, each proven on a small dataset that breaks it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from macros.commands.new.page import stub_page
from macros.dataset import check_data
from macros.reading.errors import Severity
from tests.helpers.project import ROOT
from tests.helpers.rule_data import SOURCES

QUININE_WARNING = """\
id: quinine
name: Quinine warning
summary: Quinine can cause serious harm.
sources: [{source}]
reviewed: 2026-01-01
review_status: sources-checked
severity: danger
points:
  - text: It can cause bleeding problems.
    sources: [{source}]
what_to_do:
  - Do not take it for cramps.
"""


def remedy(**fields: str) -> str:
    base = {
        "id": "x",
        "name": "X",
        "summary": "A remedy.",
        "sources": "[trial]",
        "reviewed": "2026-01-01",
        "review_status": "sources-checked",
        "kind": "supplement",
        "use": "[prevent]",
        "verdict": "unclear",
        "certainty": "low",
        "safety": "safe",
        "evidence": "[{text: A finding., sources: [trial]}]",
    }
    base.update(fields)
    return "".join(f"{key}: {value}\n" for key, value in base.items())


def make_data(tmp_path: Path, files: dict[str, str]) -> Path:
    data = tmp_path / "data"
    (data / "remedies").mkdir(parents=True, exist_ok=True)
    (data / "sources.yaml").write_text(SOURCES)
    for name, text in files.items():
        path = data / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return data


def messages(tmp_path: Path, files: dict[str, str], today: dt.date | None = None) -> list[str]:
    data = make_data(tmp_path, files)
    _, problems = check_data(data, root=tmp_path, today=today or dt.date(2026, 6, 1))
    return [f"{p.severity}: {p.message}" for p in problems]


def test_a_well_formed_remedy_passes(tmp_path: Path) -> None:
    assert messages(tmp_path, {"remedies/x.yaml": remedy()}) == []


def test_consumer_pages_alone_cannot_support_a_helpful_verdict(tmp_path: Path) -> None:
    text = remedy(
        verdict="may-help",
        certainty="very-low",
        sources="[blog]",
        evidence="[{text: A finding., sources: [blog]}]",
    )
    (message,) = messages(tmp_path, {"remedies/x.yaml": text})
    assert "every source cited here is a consumer web page" in message


def test_consumer_pages_may_support_unclear(tmp_path: Path) -> None:
    text = remedy(
        certainty="very-low", sources="[blog]", evidence="[{text: A finding., sources: [blog]}]"
    )
    assert messages(tmp_path, {"remedies/x.yaml": text}) == []


def test_risky_remedy_must_link_a_warning(tmp_path: Path) -> None:
    (message,) = messages(tmp_path, {"remedies/x.yaml": remedy(safety="warning")})
    assert 'safety "warning" must link at least one warning' in message


def test_quinine_needs_a_regulator_backed_warning(tmp_path: Path) -> None:
    files = {
        "remedies/quinine.yaml": remedy(id="quinine", name="Quinine", safety="danger",
                                        warnings="[quinine]"),
        "warnings/quinine.yaml": QUININE_WARNING.format(source="trial"),
    }  # fmt: skip
    (message,) = messages(tmp_path, files)
    assert "must link a warning that cites a regulator" in message
    files["warnings/quinine.yaml"] = QUININE_WARNING.format(source="fda")
    assert messages(tmp_path, files) == []


def test_overdue_review_is_a_warning_not_an_error(tmp_path: Path) -> None:
    data = make_data(tmp_path, {"remedies/x.yaml": remedy(reviewed="2020-01-01")})
    dataset, problems = check_data(data, root=tmp_path, today=dt.date(2026, 6, 1))
    assert dataset is not None
    (problem,) = problems
    assert problem.severity is Severity.WARNING
    assert "more than 3 years ago" in problem.message


def test_broken_record_is_reported_once_not_by_everything_pointing_at_it(tmp_path: Path) -> None:
    sources = SOURCES.replace("url: https://example.org/trial", "url: http://example.org/trial")
    data = make_data(tmp_path, {"remedies/x.yaml": remedy()})
    (data / "sources.yaml").write_text(sources)
    _, problems = check_data(data, root=tmp_path, today=dt.date(2026, 6, 1))
    assert [p.file for p in problems] == ["data/sources.yaml"]


def test_every_reference_field_is_checked(tmp_path: Path) -> None:
    text = remedy(warnings="[nope]", stretches="[nada]")
    found = messages(tmp_path, {"remedies/x.yaml": text})
    assert any('"nope" is not the id of any warning' in m for m in found)
    assert any('"nada" is not the id of any stretch' in m for m in found)


CLAIM = """\
- id: c
  name: A claim
  summary: What is true.
  sources: [{source}]
  reviewed: 2026-01-01
  review_status: sources-checked
  verdict: {verdict}
  correction: The truth.
  origin: popular-advice
"""


def test_claims_called_true_or_false_need_more_than_web_pages(tmp_path: Path) -> None:
    files = {"claims.yaml": CLAIM.format(source="blog", verdict="wrong")}
    (message,) = messages(tmp_path, files)
    assert 'use "unsupported or mixed"' in message
    files = {"claims.yaml": CLAIM.format(source="trial", verdict="wrong")}
    assert messages(tmp_path / "b", files) == []


def pages_case(tmp_path: Path, pages: dict[str, str], record: str = "x") -> list[str]:
    """`make validate` on a project with one remedy (id x, in `record`.yaml) and these pages."""
    make_data(tmp_path, {f"remedies/{record}.yaml": remedy()})
    (tmp_path / "docs" / "remedies").mkdir(parents=True)
    (tmp_path / "docs" / "remedies" / "index.md").write_text("# Remedies\n")
    for name, text in pages.items():
        (tmp_path / "docs" / name).write_text(text)
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(tmp_path), "validate"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == (0 if result.stdout.startswith("Data is valid") else 1)
    return result.stdout.splitlines()


def test_a_record_and_its_page_together_are_valid(tmp_path: Path) -> None:
    lines = pages_case(tmp_path, {"remedies/x.md": stub_page("remedies", "x", "X")})
    assert lines[0].startswith("Data is valid"), lines


def test_a_record_without_its_page_is_one_error_at_the_record(tmp_path: Path) -> None:
    assert pages_case(tmp_path, {}) == [
        'data/remedies/x.yaml:1:5: the remedy "x" has no page: add docs/remedies/x.md, made '
        'like the other pages in that folder, with the line {{ remedy_page("x") }}.'
    ]


def test_a_page_without_its_record_is_one_error_at_the_page(tmp_path: Path) -> None:
    pages = {
        "remedies/x.md": stub_page("remedies", "x", "X"),
        "remedies/ghost.md": stub_page("remedies", "ghost", "Ghost"),
    }
    assert pages_case(tmp_path, pages) == [
        "docs/remedies/ghost.md:7:1: this page has no record: there is no remedy with the id "
        '"ghost" in data/remedies/; add data/remedies/ghost.yaml or delete the page.'
    ]


def test_a_page_that_shows_another_record_is_one_error_at_its_macro(tmp_path: Path) -> None:
    pages = {"remedies/x.md": stub_page("remedies", "x", "X").replace('("x")', '("y")')}
    assert pages_case(tmp_path, pages) == [
        'docs/remedies/x.md:7:1: this page is named "x.md" but shows the remedy "y"; a page '
        'shows the record it is named after: write remedy_page("x") here.'
    ]


def test_a_record_whose_file_name_is_wrong_is_not_also_reported_as_pageless(
    tmp_path: Path,
) -> None:
    lines = pages_case(tmp_path, {"remedies/x.md": stub_page("remedies", "x", "X")}, "x2")
    assert len(lines) == 1 and 'does not match the file name "x2.yaml"' in lines[0], lines
