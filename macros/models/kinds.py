"""Every kind of record, declared once: where it is stored, which model checks it, where it is
shown and how `make new` and the editor treat it.

Everything else that differs by kind reads this table: the loader (storage), the dataset
(one attribute per collection), the reference check (the collection names a `RefersTo` field
points into), the pages check and `make new` (the committed page of a record, or the page that
lists it), the links between pages, the builder wiring (which render function draws a record
page), the JSON API and the schemas (collection and schema file), and `.vscode/settings.json`
(which schema an editor applies to which file; `make schemas` writes it). Adding a kind is one
entry here, its model (whose docstring describes the kind), and, for a kind with pages of
its own, its render function: "Adding a record type" in ARCHITECTURE.md says how, and
tests/repo/test_add_a_record_type.py keeps that guide true.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from .guide import GuideQuestion
from .records import (
    Cause,
    Claim,
    Comparison,
    FirstAid,
    GlossaryTerm,
    Medication,
    RedFlag,
    Remedy,
    Source,
    Stretch,
    Warning,
)


@dataclass(frozen=True)
class OwnPages:
    """Each record has its own committed page, docs/<folder>/<id>.md, holding one macro call.

    `render` is the module in macros/render/ whose `<singular>_page(dataset, id, here)` draws
    the page; `description` is the page's meta description, with `{name}` for the record's
    name, written into the page by `make new`.
    """

    folder: str
    render: str
    description: str


@dataclass(frozen=True)
class ListedOn:
    """All records are shown on one page (a docs/ source file), each at `<anchor>-<id>`."""

    page: str
    anchor: str


@dataclass(frozen=True)
class Kind:
    """One record type."""

    collection: str  # the name of the collection: Dataset, JSON API, references
    singular: str  # one record, as in messages, `make new <singular>` and the schema file
    path: str  # under data/: a folder (one record per file, named by id) or a .yaml list
    model: type[BaseModel]
    shown: OwnPages | ListedOn
    plural: str = ""  # the records in plain words, when not the collection's name
    attribute: str = ""  # the Dataset attribute, when not the collection's name

    @property
    def description(self) -> str:
        """What a record of this kind is: the first paragraph of its model's docstring, which
        is also its JSON Schema's description."""
        text = (self.model.__doc__ or "").strip().split("\n\n")[0]
        return " ".join(text.split())

    @property
    def one_per_file(self) -> bool:
        """Folders hold one record per file (the file name is the id); .yaml files a list."""
        return not self.path.endswith(".yaml")

    @property
    def label(self) -> str:
        """The singular name in plain words, for messages ("a remedy", "a red flag")."""
        return self.singular.replace("-", " ")

    @property
    def plural_label(self) -> str:
        """The records in plain words ("red flags", "glossary terms")."""
        return self.plural or self.collection.replace("-", " ")

    @property
    def dataset_attribute(self) -> str:
        """`dataset.<this>` is the tuple of every record of the kind."""
        return self.attribute or self.collection.replace("-", "_")

    @property
    def schema_file(self) -> str:
        """The JSON Schema's file name, in schemas/ and in the API."""
        return f"{self.singular}.schema.json"

    @property
    def data_glob(self) -> str:
        """The data files this kind's schema applies to, for an editor."""
        return f"data/{self.path}/*.yaml" if self.one_per_file else f"data/{self.path}"

    @property
    def page_macro(self) -> str:
        """The macro a record page calls, which is also its render function's name."""
        return f"{self.singular.replace('-', '_')}_page"


KINDS: tuple[Kind, ...] = (
    Kind(
        "sources",
        "source",
        "sources.yaml",
        Source,
        ListedOn("sources/index.md", "src"),
    ),
    Kind(
        "remedies",
        "remedy",
        "remedies",
        Remedy,
        OwnPages(
            "remedies",
            "remedies",
            "{name} for night leg cramps: does it help, how sure are we, and is it safe? "
            "Graded from the evidence, with sources.",
        ),
    ),
    Kind(
        "causes",
        "cause",
        "causes",
        Cause,
        OwnPages(
            "causes",
            "causes",
            "{name} and night leg cramps: how they are linked, how sure we are, and what you "
            "can do.",
        ),
    ),
    Kind(
        "medications",
        "medication",
        "medications",
        Medication,
        OwnPages(
            "medicines",
            "medicines",
            "{name} and night leg cramps: how strong the link is and what to do. Do not stop a "
            "prescribed medicine without talking to your prescriber.",
        ),
        plural="medicines",
    ),
    Kind(
        "warnings",
        "warning",
        "warnings",
        Warning,
        OwnPages(
            "warnings",
            "safety",
            "Safety warning about {name}: the risks, who says so, and what to do.",
        ),
        attribute="safety_warnings",
    ),
    Kind(
        "stretches",
        "stretch",
        "stretches",
        Stretch,
        OwnPages(
            "stretches",
            "stretches",
            "{name}: a stretch for night leg cramps, step by step with a picture, how long to "
            "hold it and who should be careful.",
        ),
    ),
    Kind(
        "first-aid",
        "first-aid",
        "first-aid.yaml",
        FirstAid,
        ListedOn("first-aid.md", "aid"),
    ),
    Kind(
        "red-flags",
        "red-flag",
        "red-flags.yaml",
        RedFlag,
        ListedOn("get-help.md", "flag"),
    ),
    Kind(
        "comparisons",
        "comparison",
        "comparisons.yaml",
        Comparison,
        ListedOn("cramps-or-restless-legs.md", "compare"),
    ),
    Kind(
        "claims",
        "claim",
        "claims.yaml",
        Claim,
        ListedOn("myths.md", "claim"),
    ),
    Kind(
        "glossary",
        "glossary-term",
        "glossary.yaml",
        GlossaryTerm,
        ListedOn("glossary.md", "term"),
        plural="glossary terms",
    ),
    Kind(
        "guide-questions",
        "guide-question",
        "guide.yaml",
        GuideQuestion,
        ListedOn("guide.md", "guide-question"),
    ),
)

KINDS_BY_COLLECTION = {kind.collection: kind for kind in KINDS}


def with_pages() -> tuple[Kind, ...]:
    """The kinds whose records each have a committed page of their own."""
    return tuple(kind for kind in KINDS if isinstance(kind.shown, OwnPages))


def record_src(collection: str, record_id: str) -> str:
    """The docs/ source file of a record's own page (e.g. medicines/statins.md)."""
    shown = KINDS_BY_COLLECTION[collection].shown
    if not isinstance(shown, OwnPages):
        raise KeyError(f"{collection} records have no page of their own")
    return f"{shown.folder}/{record_id}.md"


def record_target(collection: str, record_id: str) -> tuple[str, str]:
    """Where a record is shown: (docs/ source file, anchor); the anchor is empty for own pages."""
    shown = KINDS_BY_COLLECTION[collection].shown
    if isinstance(shown, OwnPages):
        return f"{shown.folder}/{record_id}.md", ""
    return shown.page, f"{shown.anchor}-{record_id}"
