"""Shared building blocks of every record model.

Models are strict (unknown fields are errors, records are frozen) because a typo in a
contributor's YAML must be reported, never silently ignored or overwritten later.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic.fields import FieldInfo

from .vocab import ReviewStatus, described

# A record checked longer ago than this is overdue for review: `make validate` warns and the
# About page counts it.
REVIEW_AFTER_YEARS = 3
REVIEW_AFTER = dt.timedelta(days=REVIEW_AFTER_YEARS * 365)

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_MAX_LENGTH = 80

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=SLUG_MAX_LENGTH),
    Field(description="Lowercase letters, digits and single hyphens, e.g. `calf-stretch`."),
]


def is_slug(text: str) -> bool:
    """Whether `text` is an id the validator accepts (pattern and length)."""
    return len(text) <= SLUG_MAX_LENGTH and re.fullmatch(SLUG_PATTERN, text) is not None


def slug_like(text: str) -> str:
    """A valid id close to `text`, for hints: lowercase, hyphens for anything else, not too long.

    Every hint that proposes an id uses this, so no message ever suggests an id that the
    validator would then reject.
    """
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:SLUG_MAX_LENGTH].rstrip("-")
    return slug or "my-record"


def id_problem(text: str) -> str | None:
    """Why an id would be rejected, as one plain sentence with a valid suggestion, or None.

    Shared by the validator's messages and `make new`, so both refuse the same ids in the
    same words.
    """
    if len(text) > SLUG_MAX_LENGTH:
        return (
            f"the id is too long: an id may have at most {SLUG_MAX_LENGTH} characters, but this "
            f'one has {len(text)}; choose a shorter one, such as "{slug_like(text[:40])}".'
        )
    if not is_slug(text):
        return (
            f'"{text}" is not a valid id: use lowercase letters, digits and single hyphens, '
            f'for example "{slug_like(text)}".'
        )
    return None


def _plain_text(value: str) -> str:
    """Reject blank text: an empty summary or step is always a mistake."""
    if not value.strip():
        raise ValueError("this text is empty; write at least a few words")
    return value.strip()


Text = Annotated[str, AfterValidator(_plain_text), Field(min_length=1)]


@dataclass(frozen=True)
class RefersTo:
    """Marks a list of ids as pointing at records of one collection: `Annotated[list[Slug],
    RefersTo("warnings")]`. The reference check, the validator's wording and `make new` read
    the target from the field's type, so a reference is a reference whatever the field is
    called, and a field that happens to share a collection's name is not one."""

    collection: str


def refers_to(info: FieldInfo) -> str | None:
    """The collection a field's ids point into, or None when the field is not a reference."""
    return next((m.collection for m in info.metadata if isinstance(m, RefersTo)), None)


SourceRefs = Annotated[
    list[Slug],
    RefersTo("sources"),
    Field(
        min_length=1,
        description="Ids of entries in data/sources.yaml that support this.",
    ),
]


class Strict(BaseModel):
    """Base for every model: unknown fields are errors and records cannot change."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Fact(Strict):
    """One factual statement with the sources that support it."""

    text: Text = Field(description="One plain-language statement.")
    sources: SourceRefs


class Change(Strict):
    """One dated entry in a record's history: what changed in it and why.

    Written by the contributor who makes the change, so the history is true on any builder and
    any clone depth (it never depends on git being there).
    """

    date: dt.date = Field(description="When the change was made (YYYY-MM-DD).")
    what: Text = Field(description="What changed, e.g. 'Certainty lowered from moderate to low.'")
    why: Text = Field(description="Why, in plain words, e.g. 'The Cochrane review rates it low.'")
    sources: Annotated[list[Slug], RefersTo("sources")] = Field(
        default_factory=list,
        description="Ids of entries in data/sources.yaml behind the change, if any.",
    )


class Record(Strict):
    """Fields every content record has: id, name, aliases, summary, sources, reviewed."""

    id: Slug = Field(description="Unique id; for one-record-per-file folders, the file name.")
    name: Text = Field(description="The name readers know it by.")
    aliases: list[Text] = Field(
        default_factory=list,
        description="Other names people search for (shown on the page as 'Also called').",
    )
    search_terms: list[Text] = Field(
        default_factory=list,
        description=(
            "Words readers type that the page need not show: everyday phrases ('hot water "
            "bottle'), spelling variants and common misspellings ('magnisium'). They go into "
            "the site's search only, with the aliases, so a search finds this record's page."
        ),
    )
    summary: Text = Field(description="Two or three short sentences for a reading age of 9 to 11.")
    sources: SourceRefs
    reviewed: dt.date = Field(description="The date the record was last checked (YYYY-MM-DD).")
    review_status: ReviewStatus = described("review-status")
    changes: list[Change] = Field(
        default_factory=list,
        description="What changed in this record, newest first: date, what and why.",
    )
