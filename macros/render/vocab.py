"""How each controlled word looks and reads: label, icon and a plain explanation.

One table per vocabulary, used by badges on record pages, tables, the evidence map and the
About page, so a word is always shown and explained the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..models.vocab import (
    Association,
    CauseKind,
    Certainty,
    ClaimVerdict,
    Muscle,
    RemedyKind,
    RemedyUse,
    Safety,
    StretchTime,
    Urgency,
    Verdict,
)
from .icons import bars, icon
from .text import html_text


@dataclass(frozen=True)
class Word:
    """The display of one controlled word."""

    label: str
    icon: str
    meaning: str


VERDICTS = {
    Verdict.HELPS: Word("Helps", "check", "Good studies show it helps."),
    Verdict.MAY_HELP: Word("May help", "half", "Some studies show it may help."),
    Verdict.UNCLEAR: Word("Unclear", "question", "There is not enough good research to say."),
    Verdict.NO_BENEFIT: Word("Does not help", "cross", "Good studies show it does not help."),
    Verdict.HARMFUL: Word("Harmful", "alert", "It can do more harm than good."),
}

CERTAINTIES = {
    Certainty.HIGH: Word(
        "High certainty", "4", "We are very sure. New research is unlikely to change this."
    ),
    Certainty.MODERATE: Word(
        "Moderate certainty", "3", "We are fairly sure. New research might change this."
    ),
    Certainty.LOW: Word(
        "Low certainty", "2", "We are not very sure. New research could well change this."
    ),
    Certainty.VERY_LOW: Word(
        "Very low certainty", "1", "We are not sure at all. This is mostly advice or small studies."
    ),
}

SAFETIES = {
    Safety.SAFE: Word("Safe", "shield", "Safe for almost everyone."),
    Safety.CAUTION: Word(
        "Caution", "info", "Fine for most people, but some should ask a doctor or pharmacist first."
    ),
    Safety.WARNING: Word("Warning", "alert", "Real risks. Only use it with medical advice."),
    Safety.DANGER: Word("Danger", "stop", "Do not use it for cramps."),
}

URGENCIES = {
    Urgency.EMERGENCY: Word("Emergency", "phone", "Call an ambulance now."),
    Urgency.URGENT: Word("Urgent", "clock", "Get medical help today."),
    Urgency.SOON: Word("Soon", "calendar", "See a doctor in the next few days."),
    Urgency.ROUTINE: Word("Routine", "info", "Mention it at a normal appointment."),
}

CLAIM_VERDICTS = {
    ClaimVerdict.SUPPORTED: Word("True", "check", "The evidence supports it."),
    ClaimVerdict.MIXED: Word(
        "Partly true", "half", "Partly right, overstated, or the studies disagree."
    ),
    ClaimVerdict.UNSUPPORTED: Word("No evidence", "question", "No good evidence either way."),
    ClaimVerdict.WRONG: Word("False", "cross", "The evidence says it is not true."),
    ClaimVerdict.UNSAFE: Word("Unsafe", "stop", "Following it could harm you."),
}

ASSOCIATIONS = {
    Association.STRONG: Word("Strong link", "4", "Good studies show a clear link with cramps."),
    Association.MODERATE: Word("Moderate link", "3", "Studies show a link, but it is not large."),
    Association.SMALL: Word("Small link", "2", "Studies show only a small link."),
    Association.UNCERTAIN: Word(
        "Uncertain link", "1", "Reported, but not shown clearly in studies."
    ),
}

# How sure we are that a cause is linked to cramps (the same scale as certainty).
STRENGTHS = {
    Certainty.HIGH: Word("Well established", "4", "Good studies agree. We are very sure."),
    Certainty.MODERATE: Word("Likely", "3", "Studies show it, and we are fairly sure."),
    Certainty.LOW: Word("Possible", "2", "Some studies suggest it. We are not very sure."),
    Certainty.VERY_LOW: Word("Unproven", "1", "Often said, but there is little evidence."),
}

_TABLES: dict[str, Mapping[Any, Word]] = {
    "association": ASSOCIATIONS,
    "strength": STRENGTHS,
    "verdict": VERDICTS,
    "certainty": CERTAINTIES,
    "safety": SAFETIES,
    "urgency": URGENCIES,
    "claim": CLAIM_VERDICTS,
}


def word(vocabulary: str, value: StrEnum) -> Word:
    """The display of one value of one vocabulary."""
    return _TABLES[vocabulary][value]


def badge(vocabulary: str, value: StrEnum, *, explain: bool = False) -> str:
    """A word with its icon, styled by class; `explain` adds the meaning as a tooltip."""
    shown = word(vocabulary, value)
    glyph = bars(int(shown.icon)) if shown.icon.isdigit() else icon(shown.icon)
    title = f' title="{html_text(shown.meaning)}"' if explain else ""
    return (
        f'<span class="nc-badge nc-{vocabulary} nc-{vocabulary}--{value.value}"{title}>'
        f"{glyph}{html_text(shown.label)}</span>"
    )


def rank(vocabulary: str, value: StrEnum) -> int:
    """Position of a value in its vocabulary (0 = best/most sure/safest), for sorting."""
    return list(_TABLES[vocabulary]).index(value)


# Plain labels for grouping words (no icon needed: they are never the only cue).
REMEDY_KINDS = {
    RemedyKind.SELF_CARE: "Self-care",
    RemedyKind.LIFESTYLE: "Lifestyle",
    RemedyKind.SUPPLEMENT: "Supplement",
    RemedyKind.FOOD_DRINK: "Food or drink",
    RemedyKind.PRESCRIPTION: "Prescription medicine",
    RemedyKind.COMPLEMENTARY: "Complementary therapy",
    RemedyKind.FOLK: "Folk remedy",
}

USES = {RemedyUse.DURING: "During a cramp", RemedyUse.PREVENT: "To prevent"}

CAUSE_KINDS = {
    CauseKind.NO_CAUSE_FOUND: ("No cause found", "Most night cramps have no clear cause."),
    CauseKind.LIFE_STAGE: ("Age and pregnancy", "Times of life when cramps are more common."),
    CauseKind.ACTIVITY: ("Activity and habits", "How you use your legs during the day."),
    CauseKind.CONDITION: ("Health conditions", "Illnesses that make cramps more likely."),
    CauseKind.MEDICINE: ("Medicines", "Medicines that can cause cramps as a side effect."),
    CauseKind.OTHER: ("Other causes", "Other things linked with cramps."),
}

STRETCH_TIMES = {
    StretchTime.BEDTIME: "Before bed",
    StretchTime.DAYTIME: "During the day",
    StretchTime.DURING_CRAMP: "During a cramp",
}

MUSCLES = {
    Muscle.CALF: "Calf",
    Muscle.HAMSTRINGS: "Back of the thigh (hamstrings)",
    Muscle.QUADRICEPS: "Front of the thigh (quadriceps)",
    Muscle.FOOT: "Foot",
    Muscle.SHIN: "Shin",
}


def vocabulary(name: str) -> Mapping[Any, Word]:
    """Every value of one vocabulary with its display, in order (for legends and About)."""
    return _TABLES[name]
