"""The loader keeps the line and column of every key and list item, within its limits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from macros.models.kinds import KINDS_BY_COLLECTION
from macros.reading.datafiles import ignored, read_limited
from macros.reading.fastyaml import fast_parse
from macros.reading.limits import (
    MAX_FILE_BYTES,
    MAX_VALUES,
    TIME_BUDGET_SECONDS,
    Budget,
    Guard,
    Refused,
    max_file_bytes,
)
from macros.reading.loader import load_all, load_file, ruamel_parse


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "data" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_positions_of_keys_values_and_list_items(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "remedies/x.yaml",
        "id: x\nevidence:\n  - text: first\n    sources: [a, b]\n  - text: second\n",
    )
    (raw,), problems = load_file(KINDS_BY_COLLECTION["remedies"], path, tmp_path)
    assert problems == []
    assert raw.file == "data/remedies/x.yaml"
    assert raw.position(("id",)).line == 1
    assert raw.position(("id",), key=False).column == 5
    assert raw.position(("evidence", 1)).line == 5
    assert raw.position(("evidence", 0, "sources", 1)).line == 4
    assert raw.position(("evidence", 0, "sources", 1)).column == 18
    # A path that does not exist falls back to its nearest ancestor.
    assert raw.position(("evidence", 1, "sources")).line == 5


def test_list_files_give_one_raw_record_per_item_with_its_own_positions(tmp_path: Path) -> None:
    path = write(tmp_path, "glossary.yaml", "- id: a\n  name: A\n- id: b\n  name: B\n")
    raws, problems = load_file(KINDS_BY_COLLECTION["glossary"], path, tmp_path)
    assert problems == []
    assert [r.data["id"] for r in raws] == ["a", "b"]
    assert raws[1].position(("name",)).line == 4


def test_yaml_11_words_and_dates_are_not_surprising(tmp_path: Path) -> None:
    path = write(tmp_path, "remedies/x.yaml", "name: no\nreviewed: 2026-01-02\ncount: 1.10\n")
    (raw,), _ = load_file(KINDS_BY_COLLECTION["remedies"], path, tmp_path)
    assert raw.data["name"] == "no"  # YAML 1.2: "no" stays text, not False
    assert raw.data["reviewed"].isoformat() == "2026-01-02"
    assert type(raw.data["count"]) is float


def test_unknown_files_in_data_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "remedies/typo.yml", "id: typo\n")
    _, problems = load_all(tmp_path / "data", tmp_path)
    assert [p.file for p in problems] == ["data/remedies/typo.yml"]
    assert "not read by the build" in problems[0].message


def test_an_empty_value_is_located_on_its_own_line(tmp_path: Path) -> None:
    path = write(tmp_path, "remedies/x.yaml", "id: x\nsummary:\nname: X\n")
    (raw,), _ = load_file(KINDS_BY_COLLECTION["remedies"], path, tmp_path)
    assert raw.position(("summary",), key=False).line == 2


# Limits (macros/reading/limits.py): both readers stop at the same limits, wherever they are
# reached.

READERS = {"fast path": fast_parse, "ruamel": ruamel_parse}


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_both_readers_refuse_deep_nesting(reader) -> None:
    with pytest.raises(Refused, match="nested more than 40 levels deep"):
        reader("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    block = "".join("  " * depth + "a:\n" for depth in range(60))
    with pytest.raises(Refused, match="nested more than 40 levels deep") as refused:
        reader(block)
    assert (refused.value.line, refused.value.column) == (40, 79)


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_both_readers_count_values_against_the_budget(reader) -> None:
    text = "items: [" + ", ".join(["x"] * 200) + "]\n"
    with pytest.raises(Refused, match="data/ holds more than 100 values") as refused:
        reader(text, Guard(Budget(values=100)))
    assert refused.value.line == 1


def test_an_alias_counts_every_value_it_repeats() -> None:
    text = "a: &a [" + ", ".join(["x"] * 999) + "]\n" + "".join(f"b{i}: *a\n" for i in range(20))
    assert fast_parse(text) is None  # aliases are left to ruamel.yaml
    with pytest.raises(Refused, match="repeat more than 10,000 values") as refused:
        ruamel_parse(text)
    assert refused.value.line == 12  # the eleventh alias takes the total past 10,000


@pytest.mark.parametrize("forced_to_ruamel", [False, True])
def test_the_deadline_stops_any_file_in_time(tmp_path: Path, forced_to_ruamel: bool) -> None:
    """A document that is slow to read (here 300,000 values) is stopped at the deadline, on
    the fast path and on the slow path (a tab sends the file to ruamel.yaml)."""
    tab = "\t" if forced_to_ruamel else ""
    path = write(tmp_path, "remedies/slow.yaml", f"a: [{tab}" + ",".join(["x"] * 300_000) + "]\n")
    started = time.monotonic()
    _, (problem,) = load_file(
        KINDS_BY_COLLECTION["remedies"], path, tmp_path, budget=Budget(seconds=0.2)
    )
    assert time.monotonic() - started < 2
    assert "took more than 0.2 seconds, so it stopped here" in problem.message


def test_files_share_one_budget(data_case) -> None:
    data = data_case()
    _, problems = load_all(data, data.parent, Budget(values=60))
    assert [p.file for p in problems] == ["data/remedies/stretching.yaml"]
    assert "data/ holds more than 60 values" in problems[0].message


def test_editor_leftovers_are_ignored_and_others_are_not() -> None:
    for name in (".#magnesium.yaml", "magnesium.yaml~", "#magnesium.yaml#", ".DS_Store", ".x.swp"):
        assert ignored(name), name
    for name in ("magnesium.yaml", "magnesium.yml", "notes.txt", "README.md"):
        assert not ignored(name), name


def test_a_file_is_never_read_past_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "remedies/x.yaml", "id: x\n" + "#" * 2000 + "\n")
    assert read_limited(path, limit=5000).startswith(b"id: x")
    with pytest.raises(Refused, match=r"larger than 0\.001 MB"):
        read_limited(path, limit=1000)


def test_a_spent_budget_stops_reading_and_returns_no_records(tmp_path: Path) -> None:
    """The file that spends the budget is the one problem: later files are not read, and no
    half-loaded records go on to be checked against records that were never reached."""
    for name in ("a", "b", "c"):  # 32 values each: the mapping, its key, the list, 30 items
        write(tmp_path, f"remedies/{name}.yaml", "list: [" + ", ".join(["x"] * 30) + "]\n")
    records, problems = load_all(tmp_path / "data", tmp_path, Budget(values=60))
    assert records == []
    assert [p.file for p in problems] == ["data/remedies/b.yaml"]


def test_an_alias_inside_its_own_value_is_refused_not_followed_forever() -> None:
    for text in ("&a [*a]\n", "a: &a {b: *a}\n"):
        with pytest.raises(Refused, match="inside the value it repeats"):
            ruamel_parse(text)


def test_merged_keys_are_placed_at_their_mapping() -> None:
    data, positions = ruamel_parse("a: &x {b: 1}\nc:\n  <<: *x\n  d: 2\n")
    assert data["c"] == {"d": 2, "b": 1}
    assert positions[("c", "b")].line == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 2026-02-29\n", "2026-02-29 is not a real date: February 2026 has 28 days."),
        ("a: [2026-00-10]\n", "2026-00-10 is not a real date: the month must be 1 to 12."),
        ("a: 2026-13-45 10:00:00\n", "is not a real date and time: the month must be 1 to 12."),
        ("a: 2026-01-01 24:00:00\n", "is not a real date and time: the hour must be 0 to 23."),
        ("a: 9999-12-31T23:59:59+25:00\n", "the time zone offset must be less than 24 hours."),
        ("a: !tagged [b]\n", '"!tagged" is a YAML tag, and data files may not use tags'),
        ("a: " + "1" * 5000 + "\n", "this number is too long (5,000 characters)"),
    ],
)
def test_values_python_cannot_convert_are_located_sentences(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, "remedies/x.yaml", text)
    records, (problem,) = load_file(KINDS_BY_COLLECTION["remedies"], path, tmp_path)
    assert records == [] and problem.line == 1 and problem.column in (4, 5)
    assert message in problem.message, problem.message


def test_the_limits_factor_scales_size_values_and_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """`make bench` sets it for its copies with 10 and 100 times the records."""
    monkeypatch.setenv("NIGHT_CRAMPS_LIMITS_FACTOR", "100")
    budget = Budget()
    assert (budget.values, budget.seconds) == (100 * MAX_VALUES, 100 * TIME_BUDGET_SECONDS)
    assert max_file_bytes() == 100 * MAX_FILE_BYTES
    monkeypatch.setenv("NIGHT_CRAMPS_LIMITS_FACTOR", "lots")
    assert max_file_bytes() == MAX_FILE_BYTES
