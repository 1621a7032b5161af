"""Record pages and records match one to one: docs/<section>/<id>.md for every record, and a
record for every such page.

A record without its page would be linked from every listing yet lead nowhere; a page whose
record is missing would stop the build deep inside a macro. Both are reported here, located,
before anything is built. The check needs the docs/ folder, so it runs only where there is one
(a data folder checked on its own has no pages to pair with).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath

from ..models.base import is_slug
from ..models.kinds import OwnPages, record_src, with_pages
from ..reading.errors import Problem
from ..reading.loader import RawRecord
from .entry import located

_MACRO_CALL = re.compile(r"""\{\{\s*(?P<macro>\w+)\(\s*["'](?P<id>[^"']*)["']\s*\)\s*\}\}""")


def record_names(raws: Sequence[RawRecord], collection: str) -> dict[str, RawRecord]:
    """Each record of a collection by its id and by its file name (which should agree).

    Both names count, so an id that does not match its file name is reported once, by the
    identity check, and not again here as a missing page and a page without a record.
    """
    return {
        name: raw for raw in raws if raw.kind.collection == collection for name in _names_of(raw)
    }


def check_pages(
    docs: Path, root: Path, raws: Sequence[RawRecord], declared: Mapping[str, frozenset[str]]
) -> list[Problem]:
    """One located problem per record without a page and per page without a record."""
    problems: list[Problem] = []
    for kind in with_pages():
        assert isinstance(kind.shown, OwnPages)
        collection, macro = kind.collection, kind.page_macro
        folder = docs / kind.shown.folder
        pages = {p.stem: p for p in sorted(folder.glob("*.md")) if p.name != "index.md"}
        names = record_names(raws, collection)
        known = set(names) | declared.get(collection, frozenset())
        for stem, raw in names.items():
            record_id = PurePosixPath(raw.file).stem
            if stem != record_id or not is_slug(stem) or pages.keys() & _names_of(raw):
                continue
            stub = f"docs/{record_src(collection, stem)}"
            problems.append(
                located(
                    raw,
                    ("id",),
                    f'the {kind.label} "{stem}" has no page: add {stub}, made like the other '
                    f'pages in that folder, with the line {{{{ {macro}("{stem}") }}}}.',
                    key=False,
                )
            )
        for stem, page in pages.items():
            problems += _page_problems(page, root, stem, macro, known, kind.label, kind.path)
    return problems


def _names_of(raw: RawRecord) -> set[str]:
    """A record's file name and its id."""
    names = {PurePosixPath(raw.file).stem}
    if isinstance(raw.data, dict) and isinstance(raw.data.get("id"), str):
        names.add(raw.data["id"].strip())
    return names


def _page_problems(
    page: Path, root: Path, stem: str, macro: str, known: set[str], label: str, folder: str
) -> list[Problem]:
    """A page must be named after a record and show that same record."""
    name = page.resolve().relative_to(root.resolve()).as_posix()
    try:
        lines = page.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return [Problem(name, 1, 1, "this page cannot be read as UTF-8 text.")]
    calls = [
        (number, match["id"])
        for number, line in enumerate(lines, start=1)
        for match in _MACRO_CALL.finditer(line)
        if match["macro"] == macro
    ]
    if stem not in known:
        line = calls[0][0] if calls else 1
        return [
            Problem(
                name,
                line,
                1,
                f'this page has no record: there is no {label} with the id "{stem}" in '
                f"data/{folder}/; add data/{folder}/{stem}.yaml or delete the page.",
            )
        ]
    problems = []
    for number, shown in calls:
        if shown == stem:
            continue
        problems.append(
            Problem(
                name,
                number,
                1,
                f'this page is named "{stem}.md" but shows the {label} "{shown}"; a page shows '
                f'the record it is named after: write {macro}("{stem}") here.',
            )
        )
    return problems
