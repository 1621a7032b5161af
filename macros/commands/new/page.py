"""The committed page of one record: front matter and one macro call, nothing else.

Record pages are small files (not generated at build time) so the site builds under any
builder that runs mkdocs-macros; `make new` writes them with `stub_page`, and a test keeps
docs/<section>/<id>.md one-to-one with data/.
"""

from __future__ import annotations

import json

from ...render.links import record_src

# Collection -> (macro name, description template). The macro name is "<singular>_page".
STUB_KINDS = {
    "remedies": (
        "remedy_page",
        "{name} for night leg cramps: does it help, how sure are we, and is it safe? "
        "Graded from the evidence, with sources.",
    ),
    "causes": (
        "cause_page",
        "{name} and night leg cramps: how they are linked, how sure we are, and what you can do.",
    ),
    "medications": (
        "medication_page",
        "{name} and night leg cramps: how strong the link is and what to do. Do not stop a "
        "prescribed medicine without talking to your prescriber.",
    ),
    "warnings": (
        "warning_page",
        "Safety warning about {name}: the risks, who says so, and what to do.",
    ),
    "stretches": (
        "stretch_page",
        "{name}: a stretch for night leg cramps, step by step with a picture, how long to "
        "hold it and who should be careful.",
    ),
}


def stub_path(collection: str, record_id: str) -> str:
    """Where the page lives, relative to docs/ (e.g. medicines/statins.md)."""
    return record_src(collection, record_id)


def stub_page(collection: str, record_id: str, name: str) -> str:
    """The exact text of a record page. Strings are JSON-quoted, which is valid YAML."""
    macro, description = STUB_KINDS[collection]
    return (
        "---\n"
        f"title: {json.dumps(name, ensure_ascii=False)}\n"
        f"description: {json.dumps(description.format(name=name), ensure_ascii=False)}\n"
        "search:\n"
        "  boost: 2\n"
        "---\n"
        f'{{{{ {macro}("{record_id}") }}}}\n'
    )
