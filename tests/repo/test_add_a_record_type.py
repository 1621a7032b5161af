"""ARCHITECTURE.md's "Adding a record type" works as written.

The guide says a new kind is its model, one declaration and one render function, and that
everything else follows. So this test takes the guide's own code blocks, applies them to a
copy of the project (and nothing else), and checks the new kind from end to end: the
declaration loads, `make schemas` writes its schema and editor line, `make new` writes its
record and page, the validator reports a broken reference by the field's type, and the build
gives its page and its JSON API collection.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.helpers.project import ROOT

GUIDE = ROOT / "ARCHITECTURE.md"

RECORD = """\
id: cool-feet
name: Cool feet
summary: Keep your feet cool in bed. A cool room may help you sleep.
sources: [{source}]
reviewed: 2026-01-15
review_status: sources-checked
goes_with: [{remedy}]
"""


def guide_code() -> list[str]:
    """The Python blocks of the guide's section, in order: model, declaration, page."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("## Adding a record type") :]
    section = section[: section.find("\n## ", 4) if "\n## " in section[4:] else None]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def apply_guide(project: Path) -> None:
    """Steps 1 to 3 of the guide, in a copy of the project."""
    model, declaration, page = guide_code()
    records = project / "macros" / "models" / "records.py"
    records.write_text(records.read_text(encoding="utf-8") + "\n\n" + model, encoding="utf-8")
    kinds = project / "macros" / "models" / "kinds.py"
    text = kinds.read_text(encoding="utf-8")
    text = text.replace("from .records import (\n", "from .records import (\n    Tip,\n", 1)
    end = text.index("\n)\n\nKINDS_BY_COLLECTION")
    entry = "".join(f"    {line}\n" for line in declaration.splitlines()).rstrip("\n") + ","
    kinds.write_text(text[:end] + "\n" + entry + text[end:], encoding="utf-8")
    (project / "macros" / "render" / "tips.py").write_text(page, encoding="utf-8")


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m macros ...` with the copy's own package (hence its folder as cwd)."""
    return subprocess.run(
        [sys.executable, "-m", "macros", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_the_guide_has_the_three_pieces() -> None:
    model, declaration, page = guide_code()
    assert "class Tip(Record)" in model and "goes_with: RemedyRefs" in model
    assert declaration.strip().startswith("Kind(") and "OwnPages(" in declaration
    assert "def tip_page(" in page and "html_text(" in page


def test_a_kind_added_as_the_guide_says_works_end_to_end(project_copy: Path) -> None:
    apply_guide(project_copy)

    schemas = run(project_copy, "schemas")
    assert schemas.returncode == 0, schemas.stderr
    schema = json.loads((project_copy / "schemas" / "tip.schema.json").read_text("utf-8"))
    assert schema["$ref"] == "#/$defs/Tip"
    settings = json.loads((project_copy / ".vscode" / "settings.json").read_text("utf-8"))
    assert settings["yaml.schemas"]["./schemas/tip.schema.json"] == "data/tips/*.yaml"

    new = run(project_copy, "new", "tip", "cool-feet")
    assert new.returncode == 0, new.stderr
    record = project_copy / "data" / "tips" / "cool-feet.yaml"
    stub = (project_copy / "docs" / "tips" / "cool-feet.md").read_text(encoding="utf-8")
    assert '{{ tip_page("cool-feet") }}' in stub
    assert "a tip for night leg cramps" in stub
    assert run(project_copy, "validate").returncode == 1, "the skeleton must not validate"

    # A reference is checked by the field's type: `goes_with` points at remedies.
    record.write_text(RECORD.format(source="garrison2020-csr", remedy="no-such"), "utf-8")
    broken = run(project_copy, "validate")
    assert broken.returncode == 1
    assert (
        'data/tips/cool-feet.yaml:7:13: "no-such" is not the id of any remedy in data/remedies/'
        in broken.stdout
    ), broken.stdout

    record.write_text(RECORD.format(source="garrison2020-csr", remedy="magnesium"), "utf-8")
    valid = run(project_copy, "validate")
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "1 tips" in valid.stdout

    site = project_copy / "site"
    built = run(project_copy, "build", "--site", str(site))
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    page = (site / "tips" / "cool-feet" / "index.html").read_text(encoding="utf-8")
    assert "Cool feet" in page and "Keep your feet cool in bed." in page
    assert 'href="../../remedies/magnesium/"' in page
    api = site / "api" / "v1"
    collection = json.loads((api / "tips.json").read_text(encoding="utf-8"))
    assert [tip["id"] for tip in collection["tips"]] == ["cool-feet"]
    assert json.loads((api / "tips" / "cool-feet.json").read_text("utf-8"))["tip"]["goes_with"]
    index = json.loads((api / "index.json").read_text(encoding="utf-8"))
    listed = {c["collection"]: c for c in index["collections"]}
    assert listed["tips"]["schema"] == "schemas/tip.schema.json"
    assert (api / "schemas" / "tip.schema.json").is_file()
