"""The "Is it a cramp?" guide's own questions (data/guide.yaml).

The guide starts with steps built from the red flags (most urgent first); these questions come
after them. Each answer either asks another question (`next`) or ends the path (`end`): at a
red flag, whose urgency and action say what to do now, and/or at a page to read. Keeping the
questions as data lets a contributor change the guide without touching code, and lets the
build check that every path ends somewhere.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from .base import Record, Slug, SourceRefs, Strict, Text

# End fields that name a page to read -> the collection their id points into.
END_PAGES = {
    "first_aid": "first-aid",
    "comparison": "comparisons",
    "cause": "causes",
    "medication": "medications",
    "remedy": "remedies",
}
# The end field that names a red flag (its urgency and action say what to do now).
END_FLAG = {"red_flag": "red-flags"}
END_FIELDS = {**END_FLAG, **END_PAGES}


class GuideEnd(Strict):
    """Where a path ends: a red flag (how fast to get help), a page to read, or both."""

    red_flag: Slug | None = Field(
        default=None,
        description="Id of a red flag in data/red-flags.yaml: its urgency and action are shown.",
    )
    first_aid: Slug | None = Field(default=None, description="Id in data/first-aid.yaml.")
    comparison: Slug | None = Field(default=None, description="Id in data/comparisons.yaml.")
    cause: Slug | None = Field(default=None, description="Id of a cause in data/causes/.")
    medication: Slug | None = Field(
        default=None, description="Id of a medicine in data/medications/."
    )
    remedy: Slug | None = Field(default=None, description="Id of a remedy in data/remedies/.")

    @model_validator(mode="after")
    def _one_place(self) -> GuideEnd:
        """An end must lead somewhere, and to one page at most, so the reader knows where."""
        pages = [name for name in END_PAGES if getattr(self, name)]
        if len(pages) > 1:
            raise ValueError(
                f"an end can point to one page, but this one names {len(pages)} "
                f"({', '.join(pages)}); keep one"
            )
        if not pages and not self.red_flag:
            raise ValueError(
                "an end needs a red_flag or a page (" + ", ".join(END_PAGES) + ") to go to"
            )
        return self

    def targets(self) -> list[tuple[str, str, str]]:
        """(field, collection, id) for each record this end points to, red flag first."""
        return [
            (name, collection, value)
            for name, collection in END_FIELDS.items()
            if (value := getattr(self, name))
        ]


class GuideAnswer(Strict):
    """One answer to a question, the sources behind it, and where it leads."""

    answer: Text = Field(description="The answer as the reader would say it, in plain words.")
    next: Slug | None = Field(
        default=None, description="Id of the question asked next (in data/guide.yaml)."
    )
    end: GuideEnd | None = Field(default=None, description="Where the path ends instead.")
    sources: SourceRefs

    @model_validator(mode="after")
    def _goes_somewhere(self) -> GuideAnswer:
        """Exactly one of next and end: an answer that leads nowhere strands the reader."""
        if (self.next is None) == (self.end is None):
            raise ValueError(
                "an answer needs either next (another question) or end (where the path "
                "ends), not both and not neither"
            )
        return self


class GuideQuestion(Record):
    """A question the guide asks after the red flags; the first one in the file is asked first."""

    answers: list[GuideAnswer] = Field(
        min_length=2, description="Two or more answers, in the order they are offered."
    )
