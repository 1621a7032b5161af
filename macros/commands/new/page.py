"""The committed page of one record: front matter and one macro call, nothing else.

Record pages are small files (not generated at build time) so the site builds under any
builder that runs mkdocs-macros; `make new` writes them with `stub_page`, and the pages check
(checks/pages.py) keeps docs/<folder>/<id>.md one-to-one with data/. Which kinds have pages,
their folder, macro and description are declared with the kind (models/kinds.py).
"""

from __future__ import annotations

import json

from ...models.kinds import KINDS_BY_COLLECTION, OwnPages, record_src


def stub_path(collection: str, record_id: str) -> str:
    """Where the page lives, relative to docs/ (e.g. medicines/statins.md)."""
    return record_src(collection, record_id)


def stub_page(collection: str, record_id: str, name: str) -> str:
    """The exact text of a record page. Strings are JSON-quoted, which is valid YAML."""
    kind = KINDS_BY_COLLECTION[collection]
    if not isinstance(kind.shown, OwnPages):
        raise KeyError(f"{collection} records have no page of their own")
    description = kind.shown.description.format(name=name)
    return (
        "---\n"
        f"title: {json.dumps(name, ensure_ascii=False)}\n"
        f"description: {json.dumps(description, ensure_ascii=False)}\n"
        "search:\n"
        "  boost: 2\n"
        "---\n"
        f'{{{{ {kind.page_macro}("{record_id}") }}}}\n'
    )
