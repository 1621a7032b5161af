"""Record models: the single definition of every kind of record in data/."""

from .base import Fact, Record, Strict
from .guide import GuideAnswer, GuideEnd, GuideQuestion
from .records import (
    Cause,
    Claim,
    Comparison,
    ComparisonRow,
    FirstAid,
    GlossaryTerm,
    Medication,
    RedFlag,
    Remedy,
    Source,
    Stretch,
    Warning,
)

__all__ = [
    "Cause",
    "Claim",
    "Comparison",
    "ComparisonRow",
    "Fact",
    "FirstAid",
    "GlossaryTerm",
    "GuideAnswer",
    "GuideEnd",
    "GuideQuestion",
    "Medication",
    "Record",
    "RedFlag",
    "Remedy",
    "Source",
    "Stretch",
    "Strict",
    "Warning",
]
