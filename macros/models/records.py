"""One pydantic model per record type in data/.

Each model is the single definition of its record: the validator, the JSON Schemas for editors
and the JSON export are all generated from these classes.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, HttpUrl, field_validator

from .base import Fact, Record, RefersTo, Slug, Strict, Text
from .pose import Figure
from .vocab import (
    Association,
    CauseKind,
    Certainty,
    CheckedAgainst,
    ClaimOrigin,
    ClaimVerdict,
    Muscle,
    RemedyKind,
    RemedyUse,
    Safety,
    SourceKind,
    StretchTime,
    Urgency,
    Verdict,
    described,
)

# Lists of ids, each typed with the collection it points into (see base.RefersTo).
WarningRefs = Annotated[list[Slug], RefersTo("warnings"), Field(default_factory=list)]
StretchRefs = Annotated[list[Slug], RefersTo("stretches"), Field(default_factory=list)]
RemedyRefs = Annotated[list[Slug], RefersTo("remedies"), Field(default_factory=list)]
CauseRefs = Annotated[list[Slug], RefersTo("causes"), Field(default_factory=list)]
MedicationRefs = Annotated[list[Slug], RefersTo("medications"), Field(default_factory=list)]


class SourceCheck(Strict):
    """The record of one check of a source: what was read, and when. Shown beside the source.

    `against` names the strongest thing actually read: the full text, the abstract, the page
    itself, the product label or leaflet, only a copy or quotation of it, or nothing at all
    (not-found), so a reader can see how far each source was confirmed.
    """

    against: CheckedAgainst = described("checked-against")
    date: dt.date = Field(description="When it was checked (YYYY-MM-DD).")


class Source(Strict):
    """A publication the data cites: guideline, review, trial, regulator notice or web page."""

    id: Slug
    kind: SourceKind = described("source-kind")
    title: Text
    authors: list[Text] = Field(default_factory=list, description="People or organisations.")
    year: int = Field(ge=1900, le=2100)
    publisher: Text = Field(description="Journal, publisher or website.")
    url: HttpUrl = Field(description="An https address where the source can be read.")
    doi: Annotated[str, Field(pattern=r"^10\.\d{4,9}/\S+$")] | None = None
    pmid: Annotated[str, Field(pattern=r"^\d{1,9}$")] | None = None
    note: Text | None = Field(default=None, description="What we used it for, or its limits.")
    checked: SourceCheck = Field(
        description="What the source was checked against, and when: e.g. "
        "{against: abstract, date: 2026-12-01}."
    )

    @field_validator("url")
    @classmethod
    def _https_only(cls, url: HttpUrl) -> HttpUrl:
        """Only https links: http leaks readers' reading to the network, other schemes run code."""
        if url.scheme != "https":
            raise ValueError(f"the address must start with https:// (it starts with {url.scheme}:)")
        return url


class Remedy(Record):
    """Something people try for cramps, with an honest verdict on it."""

    kind: RemedyKind = described("remedy-kind")
    use: list[RemedyUse] = described("use", min_length=1)
    verdict: Verdict = described("verdict")
    certainty: Certainty = described("certainty")
    safety: Safety = described("safety")
    evidence: list[Fact] = Field(min_length=1, description="What the studies found.")
    how_to: list[Text] = Field(default_factory=list, description="Steps, if it is worth doing.")
    careful: list[Text] = Field(default_factory=list, description="Who should be careful, and why.")
    warnings: WarningRefs
    stretches: StretchRefs


class Cause(Record):
    """Something that causes night cramps or makes them more likely."""

    kind: CauseKind = described("cause-kind")
    strength: Certainty = described("strength")
    evidence: list[Fact] = Field(min_length=1)
    what_to_do: list[Text] = Field(default_factory=list)
    medications: MedicationRefs
    remedies: RemedyRefs


class Medication(Record):
    """A medicine or class of medicines linked to cramps as a side effect."""

    drug_class: Text
    examples: list[Text] = Field(min_length=1)
    association: Association = described("association")
    evidence: list[Fact] = Field(min_length=1)
    warnings: WarningRefs


class Warning(Record):
    """A safety warning attached to remedies or medications, such as a regulator statement."""

    severity: Literal[Safety.CAUTION, Safety.WARNING, Safety.DANGER] = Field(
        description="How serious the risk is."
    )
    points: list[Fact] = Field(min_length=1, description="The risks, each with its sources.")
    what_to_do: list[Text] = Field(min_length=1)


class Stretch(Record):
    """A stretch, with the pose data its illustration is drawn from."""

    target_muscles: list[Muscle] = described("muscle", min_length=1)
    when: list[StretchTime] = described("stretch-time", min_length=1)
    steps: list[Text] = Field(min_length=1)
    hold_seconds: int | None = Field(
        default=None,
        ge=1,
        le=300,
        description="How long to hold it, as the sources say. Leave it out when the sources "
        "give no time, such as a stretch held until a cramp eases.",
    )
    repetitions: int | None = Field(
        default=None,
        ge=1,
        le=50,
        description="How many times to do it, as the sources say; leave it out if they do not.",
    )
    cautions: list[Text] = Field(default_factory=list)
    remedies: RemedyRefs
    figure: Figure


class FirstAid(Record):
    """What to do during a cramp in one part of the leg."""

    steps: list[Text] = Field(min_length=1)
    stretches: StretchRefs


class RedFlag(Record):
    """A sign that needs a doctor, and how fast."""

    urgency: Urgency = described("urgency")
    action: Text = Field(description="What to do, in one sentence.")


class ComparisonRow(Strict):
    """One point of comparison: a label, one cell per column, and its sources."""

    label: Text
    cells: list[Text] = Field(
        min_length=2, description="One cell per column, in the order of the columns."
    )
    sources: Annotated[list[Slug], RefersTo("sources")] = Field(min_length=1)


class Comparison(Record):
    """A side-by-side table, such as night cramps versus restless legs."""

    # That every row has one cell per column is checked in macros/checks/tables.py, so each
    # bad row is reported at its own line (a model validator could report only the first one,
    # at the top of the record).

    columns: list[Text] = Field(min_length=2)
    rows: list[ComparisonRow] = Field(min_length=1)


class Claim(Record):
    """A popular statement about cramps, with what the evidence says about it."""

    verdict: ClaimVerdict = described("claim")
    correction: Text = Field(description="One line: what is actually true.")
    origin: ClaimOrigin
    remedies: RemedyRefs
    causes: CauseRefs


class GlossaryTerm(Record):
    """A word explained in plain language; shown as a tooltip wherever it appears."""

    abbreviation: Text | None = Field(default=None, description="Short form, e.g. RLS.")
