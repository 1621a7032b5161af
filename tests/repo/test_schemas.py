"""The committed JSON Schemas match the models, and accept every real data file."""

from __future__ import annotations

import json

import jsonschema
import pytest

from macros.commands.schemas import render_schemas
from macros.models.kinds import KINDS
from macros.reading.loader import data_files, load_file
from tests.helpers.project import ROOT

SCHEMAS = ROOT / "schemas"


def test_committed_schemas_are_fresh() -> None:
    rendered = render_schemas()
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    stale = sorted(name for name in rendered if committed.get(name) != rendered[name])
    extra = sorted(set(committed) - set(rendered))
    assert not stale and not extra, (
        f"schemas/ is out of date ({stale + extra}); run `make schemas` and commit the result."
    )


def test_vscode_maps_every_data_location_to_its_schema() -> None:
    """Exactly one entry per kind (`make schemas` writes it), so none is missing or stale."""
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    expected = {
        f"./schemas/{kind.singular}.schema.json": (
            f"data/{kind.path}/*.yaml" if kind.one_per_file else f"data/{kind.path}"
        )
        for kind in KINDS
    }
    assert settings["yaml.schemas"] == expected, "run `make schemas` and commit the result"


@pytest.mark.parametrize("kind", KINDS, ids=[k.collection for k in KINDS])
def test_real_data_matches_the_editor_schema(kind) -> None:
    schema = json.loads((SCHEMAS / f"{kind.singular}.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for found_kind, path in data_files(ROOT / "data"):
        if found_kind is not kind:
            continue
        raws, problems = load_file(kind, path, ROOT)
        assert not problems
        document = [r.data for r in raws] if not kind.one_per_file else raws[0].data
        errors = list(validator.iter_errors(json.loads(json.dumps(document, default=str))))
        assert not errors, f"{path.name}: {errors[0].message}"
