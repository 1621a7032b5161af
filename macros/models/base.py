"""Shared building blocks of every record model.

Models are strict (unknown fields are errors, records are frozen) because a typo in a
contributor's YAML must be reported, never silently ignored or overwritten later.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .vocab import ReviewStatus

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=80),
    Field(description="Lowercase letters, digits and single hyphens, e.g. `calf-stretch`."),
]


def _plain_text(value: str) -> str:
    """Reject blank text: an empty summary or step is always a mistake."""
    if not value.strip():
        raise ValueError("this text is empty; write at least a few words")
    return value.strip()


Text = Annotated[str, AfterValidator(_plain_text), Field(min_length=1)]
SourceRefs = Annotated[
    list[Slug],
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


class Record(Strict):
    """Fields every content record has: id, name, aliases, summary, sources, reviewed."""

    id: Slug = Field(description="Unique id; for one-record-per-file folders, the file name.")
    name: Text = Field(description="The name readers know it by.")
    aliases: list[Text] = Field(
        default_factory=list,
        description="Other names people search for (shown on the page as 'Also called').",
    )
    summary: Text = Field(description="Two or three short sentences for a reading age of 9 to 11.")
    sources: SourceRefs
    reviewed: dt.date = Field(description="The date the record was last checked (YYYY-MM-DD).")
    review_status: ReviewStatus = Field(
        description="How it was checked. 'sources-checked': checked against the cited sources.",
    )
