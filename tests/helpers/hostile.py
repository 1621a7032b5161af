"""A hostile copy of the site's data: every free-text field carries markup that must stay text.

The copy is made from the real data/, walking each record against its pydantic model: every
field typed `Text` (names, aliases, summaries, evidence, steps, cautions, claims, corrections,
glossary names and definitions, source titles and notes, comparison cells, red-flag actions...)
gets PAYLOAD appended. Driven by the models, it stays complete when a field or a record type is
added. Ids, enums, dates, numbers and addresses are left alone, so the data still validates.

Every element in PAYLOAD carries `data-evil`, so a browser test can tell an injected element
from the site's own. PAYLOAD starts with the abbreviation of one extra glossary term (HOSTILE_TERM)
whose name and definition are hostile too: every page that shows data text then shows a
glossary tooltip whose text is hostile, which is the path a theme turns into HTML.
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from ruamel.yaml import YAML

from macros.models.base import _plain_text
from macros.models.kinds import KINDS

TERM = "ZZT"
MARKUP = (
    "\"'><img src=x data-evil onerror=alert(1)><b data-evil>zzbold</b>"
    "<script data-evil>alert(2)</script> &lt;i data-evil&gt;zzent&lt;/i&gt;"
)
PAYLOAD = f"{TERM} {MARKUP}"
# Words a reader could type into search to find the hostile text.
SEARCH_WORDS = ("zzbold", "onerror", "alert", "ZZT")


def is_text(annotation: Any, metadata: list[Any]) -> bool:
    """Whether a field or list item is the models' free-text type (`Text`)."""
    return any(getattr(item, "func", None) is _plain_text for item in metadata) or (
        typing.get_origin(annotation) is typing.Annotated
        and is_text(None, list(typing.get_args(annotation)[1:]))
    )


def _hostile(value: Any, annotation: Any, metadata: list[Any]) -> Any:
    """`value` with PAYLOAD added to every free-text string in it, following `annotation`."""
    if isinstance(value, str) and is_text(annotation, metadata):
        return f"{value} {PAYLOAD}"
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _hostile(value, arguments[0], list(arguments[1:]))
    if origin in (typing.Union, types.UnionType):
        for option in arguments:
            changed = _hostile(value, option, [])
            if changed != value:
                return changed
        return value
    if origin is list and isinstance(value, list):
        return [_hostile(item, arguments[0], []) for item in value]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return hostile_record(value, annotation)
    return value


def hostile_record(data: Any, model: type[BaseModel]) -> Any:
    """One record (a mapping as written in YAML) with every free-text field made hostile."""
    if not isinstance(data, dict):
        return data
    fields: dict[str, FieldInfo] = model.model_fields
    return {
        key: _hostile(value, fields[key].annotation, list(fields[key].metadata))
        if key in fields
        else value
        for key, value in data.items()
    }


def hostile_term() -> dict[str, Any]:
    """The extra glossary term whose abbreviation starts PAYLOAD, so its tooltip is everywhere."""
    return {
        "id": "zz-hostile-term",
        "name": f"Zz term {MARKUP}",
        "abbreviation": TERM,
        "aliases": [f"zz alias {MARKUP}"],
        "summary": f"Zz definition {MARKUP}",
        "sources": [],  # filled with a real source id by write_hostile_data
        "reviewed": "2026-11-21",
        "review_status": "sources-checked",
    }


def write_hostile_data(source: Path, target: Path) -> None:
    """Write the hostile copy of the data folder `source` into `target` (an existing copy)."""
    yaml = YAML(typ="safe", pure=True)  # YAML 1.2, as the loader reads it: `on` stays a word
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 10_000
    for kind in KINDS:
        location = source / kind.path
        files = sorted(location.glob("*.yaml")) if kind.one_per_file else [location]
        for file in files:
            if not file.is_file():
                continue
            data = yaml.load(file.read_text(encoding="utf-8"))
            if kind.one_per_file:
                data = hostile_record(data, kind.model)
            else:
                data = [hostile_record(record, kind.model) for record in data]
            if kind.collection == "glossary":
                term = hostile_term()
                term["sources"] = list(data[0]["sources"][:1])
                data.append(term)
            out = target / file.relative_to(source)
            out.parent.mkdir(parents=True, exist_ok=True)
            with out.open("w", encoding="utf-8") as stream:
                yaml.dump(data, stream)
