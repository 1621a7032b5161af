"""The dataset is built once per process and built again when data/ changes.

Zensical runs the macros for every page, so the dataset is cached for the life of the
process (macros/builder/dataset_cache.py). A live-reloading server (`mkdocs serve`,
`zensical serve`) is one long process too, so the cache must notice an edit, even one that
keeps the file's size: the next build shows it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from macros.builder import dataset_cache
from macros.reading.errors import DataError
from tests.helpers.project import ROOT, loads_during_build


@pytest.fixture(autouse=True)
def cold_cache() -> None:
    dataset_cache.forget()


def test_a_rebuild_like_mkdocs_serve_sees_an_edit_that_keeps_size_and_time(
    project_copy: Path, tmp_path: Path
) -> None:
    """The previous build (here: the cache primed directly) saw the data as it was; after an
    edit, the next in-process build, as `mkdocs serve` runs it, loads again and shows it."""
    data = project_copy.resolve() / "data"
    record = data / "remedies" / "magnesium.yaml"
    assert dataset_cache.cached_dataset(data, project_copy)[1], "primed"
    assert not dataset_cache.cached_dataset(data, project_copy)[1], "unchanged: reused"

    # The same size, and the modification time put back: only the change time shows it.
    before = record.stat()
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("Magnesium tablets", "Magnesium TABLETS", 1), "utf-8")
    os.utime(record, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert record.stat().st_size == before.st_size

    site = tmp_path / "site"
    assert loads_during_build(project_copy, site) == 1
    page = site / "remedies" / "magnesium" / "index.html"
    assert "Magnesium TABLETS" in page.read_text(encoding="utf-8")


def test_a_new_file_is_seen(data_case: Callable[[], Path]) -> None:
    """Any file counts, not only records: a stray file in data/ is itself an error."""
    data = data_case()
    root = data.parent  # a project of its own: no docs/ whose pages would need these records
    first, fresh = dataset_cache.cached_dataset(data, root)
    assert fresh
    assert dataset_cache.cached_dataset(data, root) == (first, False)
    (data / "notes.txt").write_text("not data\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"notes\.txt:1:1: this file is not read by the build"):
        dataset_cache.cached_dataset(data, root)


def test_broken_data_fails_every_time_without_being_checked_again(
    data_case: Callable[[], Path],
) -> None:
    data = data_case()
    (data / "sources.yaml").write_text("- id: [\n", encoding="utf-8")
    with pytest.raises(DataError) as first:
        dataset_cache.cached_dataset(data, ROOT)
    with pytest.raises(DataError) as second:
        dataset_cache.cached_dataset(data, ROOT)
    assert second.value is first.value


def test_the_fingerprint_sees_files_in_nested_folders_and_nothing_else(tmp_path: Path) -> None:
    """Every regular file at any depth, by its path inside data/ (folders are not entries)."""
    (tmp_path / "remedies" / "deeper").mkdir(parents=True)
    (tmp_path / "sources.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "remedies" / "magnesium.yaml").write_text("id: magnesium\n", encoding="utf-8")
    (tmp_path / "remedies" / "deeper" / "x.yaml").write_text("id: x\n", encoding="utf-8")
    before = dataset_cache.fingerprint(tmp_path)
    assert [entry[0] for entry in before] == [
        "remedies/deeper/x.yaml",
        "remedies/magnesium.yaml",
        "sources.yaml",
    ]
    (tmp_path / "remedies" / "deeper" / "x.yaml").write_text("id: y\n", encoding="utf-8")
    assert dataset_cache.fingerprint(tmp_path) != before
