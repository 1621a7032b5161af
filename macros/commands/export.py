"""The versioned static JSON API: site/api/v1/<collection>.json and <collection>/<id>.json.

Everything is written into a fresh folder first and moved into place in one step (staging.py),
so a failed validation or a crash never leaves a half-written API behind. `generated_at` is the
build time of buildtime.py (SOURCE_DATE_EPOCH, else the last commit's date), not the clock, so
a rebuild of the same commit writes byte-identical files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..dataset import Dataset, build_dataset
from ..models.kinds import KINDS
from .buildtime import build_time
from .feed import changes_json
from .schemas import render_schemas
from .staging import staging_folder, swap_in

SCHEMA_VERSION = "1.0.0"


def _envelope(payload: dict[str, Any], generated_at: str) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "generated_at": generated_at, **payload}


def _write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_api(dataset: Dataset, target: Path, generated_at: str) -> int:
    """Write every collection, record and schema under `target`; returns the file count."""
    count = 0
    index = []
    for kind in KINDS:
        records = [r.model_dump(mode="json") for r in dataset.all(kind.collection)]
        collection = _envelope({kind.collection: records}, generated_at)
        _write(target / f"{kind.collection}.json", collection)
        count += 1
        for record in records:
            _write(
                target / kind.collection / f"{record['id']}.json",
                _envelope({kind.singular.replace("-", "_"): record}, generated_at),
            )
            count += 1
        index.append(
            {
                "collection": kind.collection,
                "count": len(records),
                "url": f"{kind.collection}.json",
                "schema": f"schemas/{kind.schema_file}",
            }
        )
    _write(target / "changes.json", _envelope(changes_json(dataset), generated_at))
    count += 1
    _write(target / "index.json", _envelope({"collections": index}, generated_at))
    for name, text in render_schemas().items():
        (target / "schemas").mkdir(parents=True, exist_ok=True)
        (target / "schemas" / name).write_text(text, encoding="utf-8")
        count += 1
    return count + 1


def export_api(
    root: Path, site: Path, dataset: Dataset | None = None, generated_at: str | None = None
) -> int:
    """Validate (unless given a dataset) and atomically replace site/api/v1.

    `generated_at` defaults to the build time of `root` (see buildtime.py)."""
    generated_at = generated_at or build_time(root)
    dataset = dataset or build_dataset(root / "data", root=root)
    final = site / "api" / "v1"
    with staging_folder(final) as staging:
        count = write_api(dataset, staging, generated_at)
        swap_in(staging, final)
    return count
