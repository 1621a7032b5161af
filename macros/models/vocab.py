"""The controlled words of the data, and, in one table, what each one says to whom.

Every word a contributor may choose from is an Enum here, so the JSON Schemas offer it as
autocomplete and the validator can list the allowed values in its error messages. Below the
Enums, `SCALES` gives each word its label and icon (badges, tables, the evidence map), its
meaning for readers (the About page, tooltips) and the scale's question; and each scale's
help for contributors, which the models use as the field's description, so `make new`'s
comments and an editor's hints (the JSON Schemas) say the same thing. Nothing else defines
how a word is shown or explained.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import Field


class Verdict(StrEnum):
    """Does a remedy help? Ordered from best to worst."""

    HELPS = "helps"
    MAY_HELP = "may-help"
    UNCLEAR = "unclear"
    NO_BENEFIT = "no-benefit"
    HARMFUL = "harmful"


class Certainty(StrEnum):
    """How sure the evidence lets us be (GRADE-style), from most to least sure."""

    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"
    VERY_LOW = "very-low"


class Safety(StrEnum):
    """How safe a remedy is, from safest to most dangerous."""

    SAFE = "safe"
    CAUTION = "caution"
    WARNING = "warning"
    DANGER = "danger"


class SourceKind(StrEnum):
    """What kind of publication a source is."""

    GUIDELINE = "guideline"
    SYSTEMATIC_REVIEW = "systematic-review"
    RCT = "rct"
    OBSERVATIONAL = "observational"
    REGULATOR = "regulator"
    REVIEW = "review"
    LETTER = "letter"
    HEALTH_SERVICE = "health-service"
    CONSUMER = "consumer"
    NEWS = "news"


class CheckedAgainst(StrEnum):
    """What a source was checked against: the strongest thing the checker could actually read."""

    FULL_TEXT = "full-text"
    ABSTRACT = "abstract"
    PAGE = "page"
    LABEL = "label"
    COPY = "copy"
    NOT_FOUND = "not-found"


class Urgency(StrEnum):
    """How fast to get help for a red flag, from fastest to slowest."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"
    ROUTINE = "routine"


class ClaimVerdict(StrEnum):
    """What the evidence says about a popular claim."""

    SUPPORTED = "supported"
    MIXED = "mixed"
    UNSUPPORTED = "unsupported"
    WRONG = "wrong"
    UNSAFE = "unsafe"


class RemedyUse(StrEnum):
    """When a remedy is used: to ease a cramp that is happening, or to prevent cramps."""

    DURING = "during"
    PREVENT = "prevent"


class RemedyKind(StrEnum):
    """What sort of thing a remedy is; used to group and filter remedies."""

    SELF_CARE = "self-care"
    LIFESTYLE = "lifestyle"
    SUPPLEMENT = "supplement"
    FOOD_DRINK = "food-drink"
    PRESCRIPTION = "prescription"
    COMPLEMENTARY = "complementary"
    FOLK = "folk"


class CauseKind(StrEnum):
    """Groups for the causes index."""

    NO_CAUSE_FOUND = "no-cause-found"
    LIFE_STAGE = "life-stage"
    ACTIVITY = "activity"
    CONDITION = "condition"
    MEDICINE = "medicine"
    OTHER = "other"


class Association(StrEnum):
    """How strongly a medicine is linked to cramps."""

    STRONG = "strong"
    MODERATE = "moderate"
    SMALL = "small"
    UNCERTAIN = "uncertain"


class ClaimOrigin(StrEnum):
    """Where readers meet a claim."""

    POPULAR_ADVICE = "popular-advice"
    ONLINE_ARTICLE = "online-article"


class StretchTime(StrEnum):
    """When a stretch is meant to be done."""

    BEDTIME = "bedtime"
    DAYTIME = "daytime"
    DURING_CRAMP = "during-cramp"


class Muscle(StrEnum):
    """Muscles a stretch can target; the figure renderer knows where each one is."""

    CALF = "calf"
    HAMSTRINGS = "hamstrings"
    QUADRICEPS = "quadriceps"
    FOOT = "foot"
    SHIN = "shin"


class ReviewStatus(StrEnum):
    """How a record was checked. Only states that really happened may be added here."""

    SOURCES_CHECKED = "sources-checked"


# The words of pose data (stretch figures): sides, props, surfaces and named body points.


class Side(StrEnum):
    """Which side of the body: near is the side facing the reader, drawn in front."""

    NEAR = "near"
    FAR = "far"
    BOTH = "both"


class PropKind(StrEnum):
    """Things a figure can lean on, sit on, stand on or hold."""

    WALL = "wall"
    CHAIR = "chair"
    STEP = "step"
    TOWEL = "towel"
    BED = "bed"
    STOOL = "stool"


class Surface(StrEnum):
    """What a figure's weight rests on."""

    FLOOR = "floor"
    STEP = "step"
    CHAIR = "chair"
    BED = "bed"
    STOOL = "stool"


class BasePart(StrEnum):
    """The body point that stays put during the movement and carries the weight."""

    NEAR_HEEL = "near-heel"
    NEAR_BALL = "near-ball"
    FAR_HEEL = "far-heel"
    FAR_BALL = "far-ball"
    SEAT = "seat"


class Reach(StrEnum):
    """Where a hand goes; the arm angles are then worked out so the hand lands there."""

    WALL = "wall"
    CHAIR = "chair"
    RAIL = "rail"
    NEAR_THIGH = "near-thigh"
    NEAR_ANKLE = "near-ankle"
    NEAR_TOES = "near-toes"
    FAR_THIGH = "far-thigh"
    FAR_ANKLE = "far-ankle"
    FAR_TOES = "far-toes"


class BodyPoint(StrEnum):
    """A point on the body, for the arrow that shows the direction of the movement."""

    HEAD = "head"
    SHOULDERS = "shoulders"
    HIPS = "hips"
    NEAR_KNEE = "near-knee"
    NEAR_ANKLE = "near-ankle"
    NEAR_HEEL = "near-heel"
    NEAR_TOES = "near-toes"
    NEAR_HAND = "near-hand"
    FAR_KNEE = "far-knee"
    FAR_ANKLE = "far-ankle"
    FAR_HEEL = "far-heel"
    FAR_TOES = "far-toes"
    FAR_HAND = "far-hand"


# How each controlled word reads -------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One controlled word as readers and contributors meet it.

    `label` is the word on the page; `icon` an icon of render/icons.py, or "1" to "4" for
    signal bars; `meaning` one plain sentence for readers; `help`, when the contributor needs
    more than the meaning to choose it; `group`, a heading for records grouped by the word.
    """

    label: str
    meaning: str = ""
    icon: str = ""
    help: str = ""
    group: str = ""


@dataclass(frozen=True)
class Scale:
    """A vocabulary: its words in order (best, surest or safest first) and its question."""

    words: Mapping[Any, Word]
    question: str = ""  # the reader's question the word answers ("Does it help?")
    help: str = ""  # for contributors: how to choose a word
    short: str = ""  # the question as a column heading, when shorter
    words_help: bool = field(default=True)  # list each word with its meaning in the help

    def guidance(self) -> str:
        """The help a contributor reads in `make new` and in the editor, for this scale."""
        parts = [self.question if self.question.endswith("?") else "", self.help]
        if self.words_help:
            explained = any(word.help or word.meaning for word in self.words.values())
            listed = ("; " if explained else ", ").join(
                f"{value} = {(word.help or word.meaning).rstrip('.')}"
                if word.help or word.meaning
                else str(value)
                for value, word in self.words.items()
            )
            parts.append(f"One of: {listed}.")
        return " ".join(part for part in parts if part)

    def heading(self) -> str:
        """The question as a table's column heading."""
        return self.short or self.question


SCALES: dict[str, Scale] = {
    "verdict": Scale(
        {
            Verdict.HELPS: Word(
                "Helps",
                "Good studies show it helps.",
                "check",
                help="good studies (a systematic review or several trials) show a benefit people "
                "notice",
            ),
            Verdict.MAY_HELP: Word(
                "May help",
                "Some studies show it may help.",
                "half",
                help="some research suggests a benefit, but it is small, in few people, or "
                "uncertain",
            ),
            Verdict.UNCLEAR: Word(
                "Unclear",
                "There is not enough good research to say.",
                "question",
                help="it has not been tested properly, studies disagree, or only web pages talk "
                "about it",
            ),
            Verdict.NO_BENEFIT: Word(
                "Does not help",
                "Good studies show it does not help.",
                "cross",
                help="good studies show no worthwhile benefit",
            ),
            Verdict.HARMFUL: Word(
                "Harmful",
                "It can do more harm than good.",
                "alert",
                help="the risks are greater than any benefit for cramps",
            ),
        },
        question="Does it help?",
        help="Judge from the best sources cited. A consumer web page alone allows at most "
        "'unclear'.",
    ),
    "certainty": Scale(
        {
            Certainty.HIGH: Word(
                "High certainty",
                "We are very sure. New research is unlikely to change this.",
                "4",
                help="several well-run randomised trials, or a systematic review of them, that "
                "agree",
            ),
            Certainty.MODERATE: Word(
                "Moderate certainty",
                "We are fairly sure. New research might change this.",
                "3",
                help="trials with some weaknesses, or results that vary",
            ),
            Certainty.LOW: Word(
                "Low certainty",
                "We are not very sure. New research could well change this.",
                "2",
                help="a single small trial, a few trials, or mainly observational studies",
            ),
            Certainty.VERY_LOW: Word(
                "Very low certainty",
                "We are not sure at all. This is mostly advice or small studies.",
                "1",
                help="case reports, expert opinion, web pages, or results that are very unsure",
            ),
        },
        question="How sure are we?",
        help="How sure the evidence lets us be (GRADE-style), from the studies behind it.",
        short="How sure?",
    ),
    "safety": Scale(
        {
            Safety.SAFE: Word(
                "Safe", "Safe for almost everyone.", "shield", help="safe for almost everyone"
            ),
            Safety.CAUTION: Word(
                "Caution",
                "Fine for most people, but some should ask a doctor or pharmacist first.",
                "info",
                help="fine for most people, but some should ask a doctor or pharmacist first",
            ),
            Safety.WARNING: Word(
                "Warning",
                "Real risks. Only use it with medical advice.",
                "alert",
                help="real risks; only with medical advice",
            ),
            Safety.DANGER: Word(
                "Danger", "Do not use it for cramps.", "stop", help="do not use it for cramps"
            ),
        },
        question="Is it safe?",
        short="Safety",
    ),
    "urgency": Scale(
        {
            Urgency.EMERGENCY: Word("Emergency", "Call an ambulance now.", "phone"),
            Urgency.URGENT: Word("Urgent", "Get medical help today.", "clock"),
            Urgency.SOON: Word("Soon", "See a doctor in the next few days.", "calendar"),
            Urgency.ROUTINE: Word("Routine", "Mention it at a normal appointment.", "info"),
        },
        question="How fast to get help",
        help="How fast to get help.",
    ),
    "claim": Scale(
        {
            ClaimVerdict.SUPPORTED: Word("True", "The evidence supports it.", "check"),
            ClaimVerdict.MIXED: Word(
                "Partly true", "Partly right, overstated, or the studies disagree.", "half"
            ),
            ClaimVerdict.UNSUPPORTED: Word(
                "No evidence", "No good evidence either way.", "question"
            ),
            ClaimVerdict.WRONG: Word("False", "The evidence says it is not true.", "cross"),
            ClaimVerdict.UNSAFE: Word("Unsafe", "Following it could harm you.", "stop"),
        },
        question="Is a popular claim true?",
        help="What the evidence says about the claim.",
    ),
    # How sure we are that a cause is linked to cramps (the same words as certainty).
    "strength": Scale(
        {
            Certainty.HIGH: Word("Well established", "Good studies agree. We are very sure.", "4"),
            Certainty.MODERATE: Word("Likely", "Studies show it, and we are fairly sure.", "3"),
            Certainty.LOW: Word("Possible", "Some studies suggest it. We are not very sure.", "2"),
            Certainty.VERY_LOW: Word("Unproven", "Often said, but there is little evidence.", "1"),
        },
        question="How sure is the link between a cause and cramps?",
        help="How sure we are that it is linked to cramps.",
    ),
    "association": Scale(
        {
            Association.STRONG: Word(
                "Strong link", "Good studies show a clear link with cramps.", "4"
            ),
            Association.MODERATE: Word(
                "Moderate link", "Studies show a link, but it is not large.", "3"
            ),
            Association.SMALL: Word("Small link", "Studies show only a small link.", "2"),
            Association.UNCERTAIN: Word(
                "Uncertain link", "Reported, but not shown clearly in studies.", "1"
            ),
        },
        question="How strongly is a medicine linked to cramps?",
        help="How strongly the medicine is linked to cramps.",
    ),
    # In the order the Sources page groups them.
    "source-kind": Scale(
        {
            SourceKind.GUIDELINE: Word("Guideline", group="Guidelines"),
            SourceKind.REGULATOR: Word(
                "Regulator",
                help="a medicine safety agency",
                group="Regulators (medicine safety agencies)",
            ),
            SourceKind.SYSTEMATIC_REVIEW: Word("Systematic review", group="Systematic reviews"),
            SourceKind.RCT: Word(
                "Randomised trial", help="a randomised controlled trial", group="Randomised trials"
            ),
            SourceKind.OBSERVATIONAL: Word("Observational study", group="Observational studies"),
            SourceKind.REVIEW: Word("Expert review", group="Expert reviews"),
            SourceKind.LETTER: Word("Letter to a journal", group="Letters to journals"),
            SourceKind.HEALTH_SERVICE: Word(
                "Health service or medical manual",
                help="a public health service's or medical manual's page for the public",
                group="Health services and medical manuals (pages for the public)",
            ),
            SourceKind.CONSUMER: Word(
                "Health website",
                help="any other web page for the public",
                group="Other health websites (clinics, charities, companies)",
            ),
            SourceKind.NEWS: Word("News report", help="a news report", group="News reports"),
        },
        help="What kind of publication it is.",
    ),
    # `label` completes "Checked against ..." in a count; `meaning` is the sentence beside a
    # source on the Sources page.
    "checked-against": Scale(
        {
            CheckedAgainst.FULL_TEXT: Word("the full text", "Checked against the full text"),
            CheckedAgainst.ABSTRACT: Word(
                "the abstract (the published summary)", "Checked against its abstract (summary)"
            ),
            CheckedAgainst.PAGE: Word("the web page itself", "Checked against the page itself"),
            CheckedAgainst.LABEL: Word(
                "the product label or leaflet", "Checked against the product label or leaflet"
            ),
            CheckedAgainst.COPY: Word(
                "only a copy or quotation (the original could not be read)",
                "Checked against a copy or quotation; the original could not be read",
                help="only a copy or quotation could be read",
            ),
            CheckedAgainst.NOT_FOUND: Word(
                "nothing: it could not be found again",
                "Not confirmed: it could not be found again when checked",
                help="the source could not be found again",
            ),
        },
        help="The strongest thing you could actually read when you checked it.",
    ),
    "review-status": Scale(
        {
            ReviewStatus.SOURCES_CHECKED: Word(
                "Sources checked",
                "Checked against the sources cited on this page. Not yet reviewed by a clinician.",
                help="you read the cited sources and the record matches them",
            ),
        },
        help="How it was checked.",
    ),
    "remedy-kind": Scale(
        {
            RemedyKind.SELF_CARE: Word("Self-care"),
            RemedyKind.LIFESTYLE: Word("Lifestyle"),
            RemedyKind.SUPPLEMENT: Word("Supplement"),
            RemedyKind.FOOD_DRINK: Word("Food or drink"),
            RemedyKind.PRESCRIPTION: Word("Prescription medicine"),
            RemedyKind.COMPLEMENTARY: Word("Complementary therapy"),
            RemedyKind.FOLK: Word("Folk remedy"),
        },
        help="What sort of remedy it is.",
    ),
    "use": Scale(
        {
            RemedyUse.DURING: Word("During a cramp"),
            RemedyUse.PREVENT: Word("To prevent"),
        },
        help="When it is used: during a cramp, to prevent cramps, or both.",
    ),
    "cause-kind": Scale(
        {
            CauseKind.NO_CAUSE_FOUND: Word(
                "No cause found", "Most night cramps have no clear cause."
            ),
            CauseKind.LIFE_STAGE: Word(
                "Age and pregnancy", "Times of life when cramps are more common."
            ),
            CauseKind.ACTIVITY: Word(
                "Activity and habits", "How you use your legs during the day."
            ),
            CauseKind.CONDITION: Word(
                "Health conditions", "Illnesses that make cramps more likely."
            ),
            CauseKind.MEDICINE: Word(
                "Medicines", "Medicines that can cause cramps as a side effect."
            ),
            CauseKind.OTHER: Word("Other causes", "Other things linked with cramps."),
        },
        help="Which group of causes it belongs to.",
    ),
    "stretch-time": Scale(
        {
            StretchTime.BEDTIME: Word("Before bed"),
            StretchTime.DAYTIME: Word("During the day"),
            StretchTime.DURING_CRAMP: Word("During a cramp"),
        },
        help="When to do it.",
    ),
    "muscle": Scale(
        {
            Muscle.CALF: Word("Calf"),
            Muscle.HAMSTRINGS: Word("Back of the thigh (hamstrings)"),
            Muscle.QUADRICEPS: Word("Front of the thigh (quadriceps)"),
            Muscle.FOOT: Word("Foot"),
            Muscle.SHIN: Word("Shin"),
        },
        help="The muscles it stretches.",
    ),
}


def described(scale: str, **field: Any) -> Any:
    """A model field whose description is the scale's contributor help (see `Scale.guidance`),
    so the JSON Schema an editor reads and `make new`'s comment are the same text."""
    return Field(description=SCALES[scale].guidance(), **field)
