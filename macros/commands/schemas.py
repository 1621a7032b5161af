"""JSON Schemas generated from the models, for editors (autocomplete) and API users.

Generated, never hand-written, so editor hints and the validator cannot disagree; a test
fails when the committed files in schemas/ are stale. The editor's map from data files to
schemas (`yaml.schemas` in .vscode/settings.json) is written from the kinds too, so a new
kind gets its autocomplete with `make schemas`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..models.kinds import KINDS, Kind

SCHEMA_BASE = "https://night-cramps.github.io/api/v1/schemas/"


def schema_for(kind: Kind) -> dict[str, Any]:
    """The schema of one record file: a single record, or a list of them for registries."""
    record = kind.model.model_json_schema(mode="validation")
    defs = record.pop("$defs", {})
    name = kind.model.__name__
    defs[name] = record
    reference = {"$ref": f"#/$defs/{name}"}
    body: dict[str, Any] = reference if kind.one_per_file else {"type": "array", "items": reference}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE}{kind.schema_file}",
        "title": f"Night Cramps {kind.label}" + ("" if kind.one_per_file else " list"),
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def render_schemas() -> dict[str, str]:
    """File name -> JSON text for every record type (stable formatting for clean diffs)."""
    return {
        kind.schema_file: json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"
        for kind in KINDS
    }


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema, removing files of record types that no longer exist."""
    folder.mkdir(parents=True, exist_ok=True)
    rendered = render_schemas()
    for stale in folder.glob("*.schema.json"):
        if stale.name not in rendered:
            stale.unlink()
    written = []
    for name, text in rendered.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def editor_mapping() -> dict[str, str]:
    """`yaml.schemas` for VS Code's YAML extension: schema file -> the data files it checks."""
    return {f"./schemas/{kind.schema_file}": kind.data_glob for kind in KINDS}


def write_editor_mapping(settings: Path) -> None:
    """Set `yaml.schemas` in an editor settings file, keeping every other setting as it is."""
    current = json.loads(settings.read_text(encoding="utf-8")) if settings.is_file() else {}
    current["yaml.schemas"] = editor_mapping()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
