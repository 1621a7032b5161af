"""`make new KIND ID`: a skeleton that fails validation until filled, then passes.

The skeleton is a contributor's first contact with the data, so these tests hold it to what a
newcomer needs: every field present and explained, every placeholder reported as a plain,
located problem, a page stub that matches the others, and no way to overwrite a record.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel
from ruamel.yaml import YAML

from macros.builder.env import RECORD_PAGES
from macros.commands.new import find_kind, main, placeholders
from macros.commands.new.page import stub_page, stub_path
from macros.commands.new.template import GUIDANCE, guidance, template
from macros.dataset import check_data
from macros.models.kinds import KINDS, Kind
from tests.helpers.project import FIXTURES

KIND_IDS = [kind.singular for kind in KINDS]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A tiny project: the valid data fixture and an empty docs/ folder."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "data")
    (tmp_path / "docs").mkdir()
    return tmp_path


def problems_in(project: Path, file: str) -> list[str]:
    _, problems = check_data(project / "data", root=project, today=dt.date(2026, 11, 21))
    return [f"{p.line}:{p.column}: {p.message}" for p in problems if p.file == file]


def record_file(kind: Kind, record_id: str) -> str:
    return f"data/{kind.collection}/{record_id}.yaml" if kind.one_per_file else f"data/{kind.path}"


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_the_skeleton_fails_with_plain_located_messages(project: Path, kind: Kind) -> None:
    assert main(project, kind.singular, "new-thing") == 0
    problems = problems_in(project, record_file(kind, "new-thing"))
    assert problems, "an unfilled skeleton must not validate"
    for problem in problems:
        assert re.match(r"\d+:\d+: ", problem), problem
        assert any(
            hint in problem
            for hint in (
                "this text is empty",
                "is not an allowed",
                "needs at least 1 item",
                "should be a date written as YYYY-MM-DD",
                "should be a whole number",
                "is not a web address",
                "should be a number",
                "give a leg either",  # stretch figures: the pose model's own messages
                "give an arm either",
                "should be a mapping of fields",
            )
        ), f"unexpected message for a placeholder: {problem}"


@pytest.mark.parametrize(
    "kind", [k for k in KINDS if k.singular != "stretch"], ids=lambda k: k.singular
)
def test_each_problem_points_at_its_placeholder(project: Path, kind: Kind) -> None:
    """The line of each problem holds the placeholder to replace (an editor jumps there)."""
    assert main(project, kind.singular, "new-thing") == 0
    file = record_file(kind, "new-thing")
    lines = (project / file).read_text(encoding="utf-8").splitlines()
    placeholders = ('""', "choose-one", "YYYY-MM-DD", "NUMBER", "https://", "[]")
    for problem in problems_in(project, file):
        line = lines[int(problem.split(":")[0]) - 1]
        assert any(p in line for p in placeholders), f"{problem}\n  points at: {line}"


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_the_skeleton_has_every_field_of_the_model(kind: Kind) -> None:
    parsed = YAML(typ="safe").load(template(kind, "new-thing"))
    record = parsed if kind.one_per_file else parsed[0]
    optional_scalars = {
        name
        for name, info in kind.model.model_fields.items()
        if not info.is_required() and info.default is None
    }
    assert set(record) == set(kind.model.model_fields) - optional_scalars
    assert record["id"] == "new-thing"
    for name in optional_scalars:
        assert f"# {name}: " in template(kind, "new-thing"), f"{name} should be shown, commented"


def _fields(
    model: type[BaseModel], *, into_figure: bool = False
) -> list[tuple[type[BaseModel], str]]:
    """Every field a contributor writes (the figure's are explained in macros/models/pose.py)."""
    found = []
    for name, info in model.model_fields.items():
        found.append((model, name))
        nested = info.annotation
        for candidate in getattr(nested, "__args__", ()) or (nested,):
            nested_model = isinstance(candidate, type) and issubclass(candidate, BaseModel)
            if nested_model and info.is_required() and (into_figure or name != "figure"):
                found.extend(_fields(candidate, into_figure=into_figure))
    return found


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_every_field_is_explained_to_the_contributor(kind: Kind) -> None:
    for model, name in _fields(kind.model):
        info = model.model_fields[name]
        assert guidance(kind, name, info), (
            f"{model.__name__}.{name} has no description: add one to the model or to "
            "GUIDANCE in macros/commands/new/template.py"
        )


def test_guidance_only_names_fields_that_exist() -> None:
    every_field = {name for kind in KINDS for _, name in _fields(kind.model, into_figure=True)}
    for key in GUIDANCE:
        collection, _, name = key.rpartition(".")
        assert name in every_field, f"GUIDANCE has {key!r} but no model has that field"
        if collection:
            assert find_kind(collection) is not None, key


def test_a_filled_remedy_validates_and_gets_a_page(project: Path) -> None:
    assert main(project, "remedy", "cherry-juice") == 0
    path = project / "data/remedies/cherry-juice.yaml"
    yaml = YAML()
    record = yaml.load(path.read_text(encoding="utf-8"))
    record.update(
        summary="Some people drink tart cherry juice for cramps. No study has tested it.",
        sources=["hallegraeff2012-rct"],
        reviewed=dt.date(2026, 11, 21),
        review_status="sources-checked",
        kind="food-drink",
        use=["prevent"],
        verdict="unclear",
        certainty="very-low",
        safety="safe",
    )
    record["evidence"][0]["text"] = "No trial has tested cherry juice for night cramps."
    record["evidence"][0]["sources"] = ["hallegraeff2012-rct"]
    out = io.StringIO()
    yaml.dump(record, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    assert problems_in(project, "data/remedies/cherry-juice.yaml") == []
    page = (project / "docs/remedies/cherry-juice.md").read_text(encoding="utf-8")
    assert page == stub_page("remedies", "cherry-juice", "Cherry juice")
    assert page.endswith('{{ remedy_page("cherry-juice") }}\n')


@pytest.mark.parametrize("kind", [k for k in KINDS if k.one_per_file], ids=lambda k: k.singular)
def test_every_kind_with_pages_gets_its_page_where_the_site_expects_it(
    project: Path, kind: Kind
) -> None:
    assert main(project, kind.singular, "new-thing") == 0
    page = project / "docs" / stub_path(kind.collection, "new-thing")
    assert page.read_text(encoding="utf-8") == stub_page(kind.collection, "new-thing", "New thing")
    macro = f"{kind.singular}_page"
    assert macro in RECORD_PAGES, f"the site has no {macro} macro for the stub to call"


def test_a_medication_page_goes_to_the_medicines_section(project: Path) -> None:
    assert main(project, "medication", "statins") == 0
    assert (project / "docs/medicines/statins.md").is_file()


def test_a_list_kind_gets_an_entry_appended(project: Path) -> None:
    sources = project / "data/sources.yaml"
    before = sources.read_text(encoding="utf-8")
    assert main(project, "sources", "cherry2020-rct") == 0
    after = sources.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert "- id: cherry2020-rct" in after[len(before) :]
    problems = problems_in(project, "data/sources.yaml")
    first_new_line = before.count("\n") + 1
    assert problems and all(int(p.split(":")[0]) >= first_new_line for p in problems)


@pytest.mark.parametrize(
    ("kind", "taken"), [("remedy", "stretching"), ("source", "garrison2020-csr")]
)
def test_an_existing_id_is_refused_and_nothing_changes(
    project: Path, kind: str, taken: str, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    assert main(project, kind, taken) == 1
    assert "already" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == snapshot


def test_a_bad_id_is_refused_with_a_suggestion(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(project, "remedy", "Cherry Juice") == 2
    assert '"cherry-juice"' in capsys.readouterr().err
    assert not (project / "data/remedies/Cherry Juice.yaml").exists()


@pytest.mark.parametrize("kind", ["remedy", "source"])
def test_an_id_the_validator_would_reject_for_its_length_is_refused(
    project: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    assert main(project, kind, "a-very-long-id-" * 6) == 2
    err = capsys.readouterr().err
    assert "an id may have at most 80 characters, but this one has 90" in err
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == snapshot
    suggested = err.split('such as "')[1].split('"')[0]
    assert main(project, kind, suggested) == 0, "the suggested id must itself be accepted"


def test_nothing_is_appended_to_a_list_file_that_does_not_parse(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = project / "data/sources.yaml"
    broken = sources.read_text(encoding="utf-8").replace("authors: [Garrison SR]", "authors: [x")
    sources.write_text(broken, encoding="utf-8")
    assert main(project, "source", "cherry2020-rct") == 1
    err = capsys.readouterr().err
    assert err.startswith("data/sources.yaml:"), err
    assert "Nothing was added: data/sources.yaml cannot be read as it is." in err
    assert sources.read_text(encoding="utf-8") == broken


def test_an_unknown_kind_lists_the_kinds(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(project, "potion", "x") == 2
    err = capsys.readouterr().err
    assert all(kind.singular in err for kind in KINDS)


@pytest.mark.parametrize("name", ["remedy", "remedies", "Remedies", "red_flag", "red-flags"])
def test_singular_and_collection_names_are_accepted(name: str) -> None:
    assert find_kind(name) is not None


@pytest.mark.parametrize(
    ("kind", "url"),
    [("medication", "medicines/new-thing/"), ("claim", "myths/#claim-new-thing"),
     ("source", "sources/#src-new-thing"), ("glossary", "glossary/#term-new-thing")],
)  # fmt: skip
def test_the_local_address_of_the_new_record_is_printed(
    project: Path, kind: str, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(project, kind, "new-thing") == 0
    assert f"http://127.0.0.1:8000/{url}" in capsys.readouterr().out


def test_the_next_steps_are_printed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(project, "remedy", "cherry-juice") == 0
    out = capsys.readouterr().out
    assert "Created data/remedies/cherry-juice.yaml" in out
    assert "Created docs/remedies/cherry-juice.md" in out
    assert "make validate" in out and "http://127.0.0.1:8000/remedies/cherry-juice/" in out
    assert re.search(r"\((\d+) now\)", out) and "(0 now)" not in out


def test_the_placeholders_listed_are_the_ones_in_the_skeleton() -> None:
    remedy, source = find_kind("remedy"), find_kind("source")
    assert remedy is not None and source is not None
    assert [shown for shown, _ in placeholders(remedy, "x")] == [
        '""',
        "choose-one",
        "YYYY-MM-DD",
        "sources: []",
    ]
    assert [shown for shown, _ in placeholders(source, "x")] == [
        '""',
        "choose-one",
        "YYYY-MM-DD",
        "NUMBER",
        "https://",
    ]
