"""The real site builds strictly; a broken data file builds nothing and exports nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.dataset import build_dataset
from macros.models.kinds import KINDS

from tests.helpers.project import ROOT, mkdocs_build


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_pages_exist_with_no_template_leftovers(built_site: Path) -> None:
    pages = html_pages(built_site)
    assert (built_site / "index.html") in pages
    assert (built_site / "remedies" / "index.html") in pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "Macro Rendering Error" not in html, page
        assert "Macro Syntax Error" not in html, page
        assert "{{" not in html and "{%" not in html, page


def test_every_remedy_is_in_the_table_and_has_a_page(built_site: Path) -> None:
    table = (built_site / "remedies" / "index.html").read_text(encoding="utf-8")
    for remedy in build_dataset().remedies:
        assert (built_site / "remedies" / remedy.id / "index.html").exists(), remedy.id
        assert f'href="{remedy.id}/"' in table, remedy.id


def test_build_command_writes_site_and_api(tmp_path: Path, project_copy: Path) -> None:
    site = project_copy / "site"
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(project_copy), "build", "--site",
         str(site)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    index = json.loads((site / "api" / "v1" / "index.json").read_text())
    assert index["schema_version"] and index["generated_at"]
    assert {c["collection"] for c in index["collections"]} == {k.collection for k in KINDS}
    remedies = json.loads((site / "api" / "v1" / "remedies.json").read_text())
    first = remedies["remedies"][0]
    single = json.loads((site / "api" / "v1" / "remedies" / f"{first['id']}.json").read_text())
    assert single["remedy"] == first
    for kind in KINDS:
        assert (site / "api" / "v1" / "schemas" / f"{kind.singular}.schema.json").exists()
    history = json.loads((site / "api" / "v1" / "changes.json").read_text())
    assert history["changes"], "the history of changes is in the API"
    assert (site / "changes.xml").read_text().startswith("<?xml"), "and in the Atom feed"


def test_broken_data_leaves_the_previous_site_untouched(project_copy: Path) -> None:
    site = project_copy / "site"
    site.mkdir()
    (site / "marker.txt").write_text("previous build")
    remedy = sorted((project_copy / "data" / "remedies").glob("*.yaml"))[0]
    remedy.write_text(remedy.read_text() + "\nnot_a_field: 1\n")
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(project_copy), "build", "--site",
         str(site)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"data/remedies/{remedy.name}:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert sorted(p.name for p in site.iterdir()) == ["marker.txt"]
    assert not [p for p in project_copy.iterdir() if p.name.startswith(".site-")]


def test_broken_data_fails_a_plain_mkdocs_build_with_located_errors(project_copy: Path) -> None:
    remedy = sorted((project_copy / "data" / "remedies").glob("*.yaml"))[0]
    remedy.write_text(remedy.read_text().replace("verdict:", "verdit:", 1))
    result = mkdocs_build(project_copy, project_copy / "out")
    assert result.returncode != 0
    assert f"data/remedies/{remedy.name}:" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("command", ["export", "finish"])
def test_export_and_finish_refuse_broken_data_and_write_nothing(
    project_copy: Path, command: str
) -> None:
    shutil.rmtree(project_copy / "docs")
    (project_copy / "data" / "sources.yaml").write_text("- id: Bad Id\n")
    site = project_copy / "site"
    site.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(project_copy), command, "--site",
         str(site)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "sources.yaml:1:" in result.stdout
    assert list(site.iterdir()) == []


def test_strict_build_has_no_warnings(tmp_path: Path) -> None:
    result = mkdocs_build(ROOT, tmp_path / "site")
    assert result.returncode == 0
    assert "WARNING" not in result.stdout + result.stderr
