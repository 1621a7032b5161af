"""Where each kind of record lives in data/ and which model checks it.

Folders hold one record per file (the file name is the id); single files hold a list of
records. Adding a record type means adding one line here and one model.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from . import (
    Cause,
    Claim,
    Comparison,
    FirstAid,
    GlossaryTerm,
    GuideQuestion,
    Medication,
    RedFlag,
    Remedy,
    Source,
    Stretch,
    Warning,
)


@dataclass(frozen=True)
class Kind:
    """One record type: its collection name, where it is stored and its model."""

    collection: str
    singular: str
    path: str
    model: type[BaseModel]
    one_per_file: bool

    @property
    def label(self) -> str:
        """The singular name in plain words, for messages ("a remedy", "a red flag")."""
        return self.singular.replace("-", " ")


KINDS: tuple[Kind, ...] = (
    Kind("sources", "source", "sources.yaml", Source, one_per_file=False),
    Kind("remedies", "remedy", "remedies", Remedy, one_per_file=True),
    Kind("causes", "cause", "causes", Cause, one_per_file=True),
    Kind("medications", "medication", "medications", Medication, one_per_file=True),
    Kind("warnings", "warning", "warnings", Warning, one_per_file=True),
    Kind("stretches", "stretch", "stretches", Stretch, one_per_file=True),
    Kind("first-aid", "first-aid", "first-aid.yaml", FirstAid, one_per_file=False),
    Kind("red-flags", "red-flag", "red-flags.yaml", RedFlag, one_per_file=False),
    Kind("comparisons", "comparison", "comparisons.yaml", Comparison, one_per_file=False),
    Kind("claims", "claim", "claims.yaml", Claim, one_per_file=False),
    Kind("glossary", "glossary-term", "glossary.yaml", GlossaryTerm, one_per_file=False),
    Kind("guide-questions", "guide-question", "guide.yaml", GuideQuestion, one_per_file=False),
)

KINDS_BY_COLLECTION = {kind.collection: kind for kind in KINDS}
