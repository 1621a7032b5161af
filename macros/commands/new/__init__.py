"""`make new KIND ID`: write a skeleton record (and its page) for a contributor to fill in.

One feature in three modules: `template.py` writes the commented skeleton from the model,
`page.py` the record's page; this module decides where they go, refuses ids that are taken or
malformed, and tells the contributor what to do next.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ...models.base import id_problem
from ...models.kinds import KINDS, Kind, ListedOn, OwnPages
from ...reading.errors import Problem
from ...reading.loader import load_file
from .page import stub_page, stub_path
from .template import DATE, NUMBER, URL, WORD, template, title_from_id


def find_kind(name: str) -> Kind | None:
    """Accept the singular ("remedy") or the collection name ("remedies")."""
    wanted = name.strip().lower().replace("_", "-")
    return next((k for k in KINDS if wanted in {k.singular, k.collection}), None)


def has_page(kind: Kind) -> bool:
    """Whether records of this kind get their own committed page (models/kinds.py)."""
    return isinstance(kind.shown, OwnPages)


def page_url(kind: Kind, record_id: str) -> str:
    """Where a record shows on the local site, relative to its root URL."""
    if has_page(kind):
        return stub_path(kind.collection, record_id).removesuffix(".md") + "/"
    if not isinstance(kind.shown, ListedOn):
        return ""
    page, anchor = kind.shown.page, kind.shown.anchor
    url = page.removesuffix(".md")
    url = url.removesuffix("index") if url.endswith("index") else f"{url}/"
    return f"{url}#{anchor}-{record_id}" if anchor else ""


class Unreadable(Exception):
    """The list file a record would be appended to does not parse; appending would bury it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def existing_ids(kind: Kind, path: Path, root: Path) -> set[str]:
    """Ids already in a list file (read with the project's loader); Unreadable if it cannot be
    read, since an id hidden in the unreadable part could not be checked for."""
    if not path.is_file():
        return set()
    records, problems = load_file(kind, path, root)
    if problems:
        raise Unreadable(problems)
    return {str(r.data.get("id")) for r in records if isinstance(r.data, dict)}


@dataclass(frozen=True)
class Created:
    """What `create` wrote: the record's file, the line where the record starts, its page."""

    record: Path
    line: int
    page: Path | None


def create(root: Path, kind: Kind, record_id: str) -> Created:
    """Write the skeleton (and page stub); raise FileExistsError naming where the id is used."""
    data = root / "data" / kind.path
    if kind.one_per_file:
        record_file = data / f"{record_id}.yaml"
        page = root / "docs" / stub_path(kind.collection, record_id) if has_page(kind) else None
        for path in (record_file, page):
            if path is not None and path.exists():
                raise FileExistsError(_relative(path, root))
        record_file.parent.mkdir(parents=True, exist_ok=True)
        record_file.write_text(template(kind, record_id), encoding="utf-8")
        if page is not None:
            page.parent.mkdir(parents=True, exist_ok=True)
            stub = stub_page(kind.collection, record_id, title_from_id(record_id))
            page.write_text(stub, encoding="utf-8")
        return Created(record_file, 1, page)
    if record_id in existing_ids(kind, data, root):
        raise FileExistsError(_relative(data, root))
    before = data.read_text(encoding="utf-8") if data.is_file() else ""
    if before and not before.endswith("\n"):
        before += "\n"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text(before + template(kind, record_id), encoding="utf-8")
    return Created(data, before.count("\n") + 1, None)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _still_to_fill(root: Path, created: Created) -> int:
    """How many problems validation reports in the new record: the contributor's to-do count."""
    from ...dataset import check_data

    name = _relative(created.record, root)
    _, problems = check_data(root / "data", root=root)
    return sum(1 for p in problems if p.file == name and p.line >= created.line)


def _article(label: str) -> str:
    return f"an {label}" if label[:1] in "aeiou" else f"a {label}"


def main(root: Path, kind: str, id: str) -> int:
    """Entry point of `python -m macros new KIND ID`; returns the exit code."""
    found = find_kind(kind)
    if found is None:
        names = ", ".join(k.singular for k in KINDS)
        print(f'"{kind}" is not a kind of record. Use one of: {names}.', file=sys.stderr)
        return 2
    refused = id_problem(id or "")
    if refused:
        print(refused, file=sys.stderr)
        return 2
    try:
        created = create(root, found, id)
    except Unreadable as unreadable:
        for problem in unreadable.problems:
            print(problem, file=sys.stderr)
        print(
            f"Nothing was added: {unreadable.problems[0].file} cannot be read as it is. "
            "Fix the problem above first, then run this again.",
            file=sys.stderr,
        )
        return 1
    except FileExistsError as taken:
        print(
            f'There is already {_article(found.label)} with the id "{id}" (in {taken}). '
            "To change it, edit it there; to add a new one, choose another id.",
            file=sys.stderr,
        )
        return 1
    record = _relative(created.record, root)
    if found.one_per_file:
        print(f"Created {record}")
    else:
        print(f"Added a skeleton {found.label} at the end of {record} (line {created.line}).")
    if created.page is not None:
        print(f"Created {_relative(created.page, root)} (the page that shows it: if you change")
        print("  the record's name, change the page's title and description to match)")
    todo = _still_to_fill(root, created)
    where = f"{record}, from line {created.line}" if created.line > 1 else record
    print(
        f"\nNext:\n  1. Open {where}. Replace each placeholder:\n"
        + "".join(f"       {shown:<12} {meaning}\n" for shown, meaning in placeholders(found, id))
        + "     The comment above each field says what it means.\n"
        f"  2. Run `make validate`: it lists each field still to fill with its line ({todo} now).\n"
        "     Repeat until it says the data is valid.\n"
        "  3. Run `make serve` and open http://127.0.0.1:8000/" + page_url(found, id)
    )
    return 0


PLACEHOLDERS = (
    ('""', "your text"),
    (WORD, "one of the words listed in the comment above it"),
    (DATE, "the date you checked the sources, e.g. 2026-11-21"),
    (NUMBER, "a number"),
    (URL, "the full https:// address"),
    ("sources: []", "the ids of its sources from data/sources.yaml, e.g. [garrison2020-csr]"),
)


def placeholders(kind: Kind, record_id: str) -> list[tuple[str, str]]:
    """The placeholders this kind's skeleton really has, with what to put instead."""
    text = template(kind, record_id)
    found = []
    for shown, meaning in PLACEHOLDERS:
        present = re.search(rf"^\s*(- )?\w+: {re.escape(shown)}$", text, re.M) or (
            shown == '""' and re.search(r'^\s*- ""$', text, re.M)
        )
        if shown == "sources: []":
            present = re.search(r"^\s*(- )?sources: \[\]$", text, re.M)
        if present:
            found.append((shown, meaning))
    return found
