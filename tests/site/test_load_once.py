"""The dataset is loaded exactly once per build, however many pages the site has.

Loading (parse, validate, link) is the one step whose cost grows with the data; doing it per
page would make the build quadratic. These tests build a copy of the real site in-process
and read `macros.dataset.LOAD_COUNT`, which counts real loads. The last test is the control
that proves the count can catch the mistake: a site that loads per page is counted as such.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import macros
import macros.dataset as dataset_module
from macros.render.links import SECTION_FOLDERS

from tests.helpers.project import loads_during_build

EXTRA_PAGES = 30


def macro_pages(docs: Path) -> list[Path]:
    """Pages that call macros (they contain Jinja), the pages whose count must not matter.

    Record sections are left out: a page there must be named after its record (validation
    refuses a copy), so copies are made of the listing and guide pages instead.
    """
    sections = {docs / folder for folder in SECTION_FOLDERS.values()}
    return sorted(
        p
        for p in docs.rglob("*.md")
        if p.parent not in sections and "{{" in p.read_text(encoding="utf-8")
    )


def add_pages(docs: Path, count: int) -> int:
    """Copy pages that call macros, next to their originals so relative links still work."""
    sources = macro_pages(docs)
    assert sources, "the site has no page that calls a macro"
    for number in range(count):
        original = sources[number % len(sources)]
        shutil.copy2(original, original.with_name(f"{original.stem}-load-once-{number}.md"))
    return count


def test_the_real_site_loads_the_data_once(project_copy: Path, tmp_path: Path) -> None:
    assert loads_during_build(project_copy, tmp_path / "site") == 1


def test_more_pages_still_load_the_data_once(project_copy: Path, tmp_path: Path) -> None:
    pages_before = len(list((project_copy / "docs").rglob("*.md")))
    add_pages(project_copy / "docs", EXTRA_PAGES)
    assert len(list((project_copy / "docs").rglob("*.md"))) == pages_before + EXTRA_PAGES
    assert loads_during_build(project_copy, tmp_path / "site") == 1


def test_the_count_would_catch_a_load_per_page(
    project_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Control: if every page loaded the data again, the count would show it.

    The repeated loads reuse the first result (the count is what is under test, and real
    repeated loads would only make this test slow).
    """
    real_check = dataset_module.check_data
    first: list[tuple[object, list[object]]] = []

    def remembered(*args: object, **kwargs: object) -> tuple[object, list[object]]:
        if not first:
            first.append(real_check(*args, **kwargs))
        return first[0]

    def load_again(env: object) -> None:
        dataset_module.build_dataset(project_copy / "data", root=project_copy)

    monkeypatch.setattr(dataset_module, "check_data", remembered)
    monkeypatch.setattr(macros, "on_pre_page_macros", load_again, raising=False)
    pages = len(list((project_copy / "docs").rglob("*.md")))
    assert loads_during_build(project_copy, tmp_path / "site") == 1 + pages
