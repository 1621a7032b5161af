"""The libyaml fast path reads every real data file exactly as ruamel.yaml does."""

from __future__ import annotations

import pytest

from macros.reading.fastyaml import fast_parse
from macros.reading.loader import data_files, ruamel_parse
from tests.helpers.project import FIXTURES, ROOT

REAL_FILES = [path for _, path in data_files(ROOT / "data")]
assert REAL_FILES, "no data files found: the tests below would pass vacuously"


@pytest.mark.parametrize("path", REAL_FILES, ids=[p.name for p in REAL_FILES])
def test_same_data_and_positions_as_ruamel(path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = fast_parse(text)
    assert fast is not None, "an ordinary data file should take the fast path"
    assert fast == ruamel_parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key: ruamel reports it
        "a:\n\t- b\n",  # tab
        "a: &x 1\nb: *x\n",  # anchors
        "a: !!python/name:os.system\n",  # tags
        "a: 0x1F\n",  # number forms the fast path does not decide
        "a: 12:30\n",
        "a: .inf\n",
        "a: [b\n",  # syntax error
        "",  # empty
    ],
)
def test_unusual_documents_are_left_to_ruamel(text: str) -> None:
    assert fast_parse(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "name: no\nflag: yes\non: off\n",  # YAML 1.2: words, not booleans
        "a: 1.10\nb: 012\nc: -3\nd: 2026-01-02\ne: ~\nf:\ng: 'quoted: 1'\nh: true\n",
        "- id: a\n  list: [x, y]\n- id: b\n  text: >-\n    folded\n    text\n",
    ],
)
def test_ordinary_documents_match_ruamel(text: str) -> None:
    assert fast_parse(text) == ruamel_parse(text)


def test_fixture_files_match_ruamel_whenever_the_fast_path_accepts_them() -> None:
    for path in sorted((FIXTURES / "valid").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        fast = fast_parse(text)
        assert fast is None or fast == ruamel_parse(text), path
