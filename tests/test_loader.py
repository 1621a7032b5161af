"""The loader keeps the line and column of every key and list item."""

from __future__ import annotations

from pathlib import Path

from macros.loader import load_file
from macros.registry import KINDS_BY_COLLECTION


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
    from macros.loader import load_all

    write(tmp_path, "remedies/typo.yml", "id: typo\n")
    _, problems = load_all(tmp_path / "data", tmp_path)
    assert [p.file for p in problems] == ["data/remedies/typo.yml"]
    assert "not read by the build" in problems[0].message


def test_an_empty_value_is_located_on_its_own_line(tmp_path: Path) -> None:
    path = write(tmp_path, "remedies/x.yaml", "id: x\nsummary:\nname: X\n")
    (raw,), _ = load_file(KINDS_BY_COLLECTION["remedies"], path, tmp_path)
    assert raw.position(("summary",), key=False).line == 2
