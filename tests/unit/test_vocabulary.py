"""Each controlled word is defined once (models/vocab.py, `SCALES`) and read from there.

Its label, icon and meaning feed the badges, tables and the About page; each scale's
contributor help is the model field's description, so `make new`'s comment and the JSON
Schema an editor reads say the same. These tests keep it so: every word has its reading,
the editor and `make new` agree, and no other module types a word's text again.
"""

from __future__ import annotations

import ast
import json
import re
from enum import StrEnum

import pytest

from macros.commands.new.template import guidance, template
from macros.commands.schemas import schema_for
from macros.models.kinds import KINDS
from macros.models.vocab import SCALES
from tests.helpers.project import ROOT


@pytest.mark.parametrize("name", sorted(SCALES))
def test_every_word_of_a_scale_has_its_reading(name: str) -> None:
    scale = SCALES[name]
    enums = {type(value) for value in scale.words}
    assert len(enums) == 1, f"{name} mixes vocabularies: {enums}"
    (enum,) = enums
    assert issubclass(enum, StrEnum)
    assert set(scale.words) == set(enum), f"{name}: words without a reading"
    assert all(word.label for word in scale.words.values()), name


def described_fields():
    """(kind, field name, field info) for every field whose help is a scale's guidance."""
    helps = {scale.guidance() for scale in SCALES.values()}
    for kind in KINDS:
        for name, info in kind.model.model_fields.items():
            if info.description in helps:
                yield kind, name, info


def test_the_vocabulary_describes_the_controlled_fields() -> None:
    named = {(kind.collection, name) for kind, name, _ in described_fields()}
    for expected in [
        ("remedies", "verdict"),
        ("remedies", "certainty"),
        ("remedies", "safety"),
        ("causes", "strength"),
        ("medications", "association"),
        ("red-flags", "urgency"),
        ("claims", "verdict"),
        ("sources", "kind"),
    ]:
        assert expected in named, expected


def test_the_editor_shows_what_make_new_shows() -> None:
    for kind, name, info in described_fields():
        schema = schema_for(kind)
        model = schema["$defs"][kind.model.__name__]
        assert model["properties"][name]["description"] == info.description, (kind, name)
        assert guidance(kind, name, info) == info.description, (kind, name)
        comments = " ".join(
            line.strip().removeprefix("# ")
            for line in template(kind, "example").splitlines()
            if line.strip().startswith("#")
        )
        assert info.description in comments, (kind, name)


def _strings(tree: ast.AST) -> list[str]:
    """Every string literal of a module except its docstrings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]


def test_no_other_module_writes_a_words_text_again() -> None:
    """Questions, meanings, group headings and the source words' labels live in
    models/vocab.py only (they were once typed in up to five modules each)."""
    texts = {scale.question for scale in SCALES.values() if scale.question}
    for name, scale in SCALES.items():
        for word in scale.words.values():
            texts |= {t for t in (word.meaning, word.group) if t}
            if name in {"source-kind", "checked-against"}:
                texts.add(word.label)
    home = ROOT / "macros" / "models" / "vocab.py"
    found = []
    for path in sorted((ROOT / "macros").rglob("*.py")):
        if path == home:
            continue
        for string in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            found += [f"{path.relative_to(ROOT)}: {text!r}" for text in texts if text in string]
    assert not found, "write these through models/vocab.py instead:\n" + "\n".join(found)


def test_the_schemas_on_disk_carry_the_same_help() -> None:
    remedy = json.loads((ROOT / "schemas" / "remedy.schema.json").read_text(encoding="utf-8"))
    verdict = remedy["$defs"]["Remedy"]["properties"]["verdict"]["description"]
    assert verdict == SCALES["verdict"].guidance()


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("### Choosing the verdict", "verdict"),
        ("### Choosing the certainty", "certainty"),
        ("### Choosing the safety level", "safety"),
    ],
)
def test_contributing_explains_each_word_as_make_new_does(heading: str, name: str) -> None:
    """CONTRIBUTING.md's table for a scale gives each word the help `make new` shows."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    part = text[text.index(heading) :]
    part = part[: part.index("\n#", len(heading))]
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| ([^|]+?) \|", part, re.M))
    expected = {str(value): word.help for value, word in SCALES[name].words.items()}
    assert rows == expected, "CONTRIBUTING.md and models/vocab.py disagree"
