"""The hostile copy of the data (tests/helpers/hostile.py) is what the injection tests rely on:
valid data in which every free-text field of every record type carries the payload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from macros.dataset import build_dataset
from macros.models.kinds import KINDS
from tests.helpers.hostile import MARKUP, TERM, is_text, write_hostile_data
from tests.helpers.project import ROOT


def text_fields(value: Any, path: str, found: list[tuple[str, str]]) -> None:
    """Every (path, text) of a validated record whose model types it as free text."""
    if isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            item = getattr(value, name)
            texts = item if isinstance(item, (list, tuple)) else [item]
            for index, text in enumerate(texts):
                where = f"{path}.{name}[{index}]"
                if isinstance(text, str) and (
                    is_text(info.annotation, list(info.metadata)) or _is_text_list(info)
                ):
                    found.append((where, text))
                else:
                    text_fields(text, where, found)


def _is_text_list(info: Any) -> bool:
    arguments = getattr(info.annotation, "__args__", ())
    return any(is_text(argument, []) for argument in arguments)


def test_every_free_text_field_of_every_record_type_carries_the_payload(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_hostile_data(ROOT / "data", data)
    dataset = build_dataset(data, root=tmp_path)  # still valid data, or this raises
    for kind in KINDS:
        records = dataset.collections[kind.collection]
        assert records, f"no {kind.label} in the hostile data"
        found: list[tuple[str, str]] = []
        for record in records:
            text_fields(record, f"{kind.collection}/{record.id}", found)
        assert found, f"no free-text field found in a {kind.label}"
        plain = [
            where
            for where, text in found
            if MARKUP not in text and text != TERM  # TERM: the hook that shows the tooltip
        ]
        assert not plain, f"free text without the payload: {plain[:5]}"
