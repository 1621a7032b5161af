"""The controlled words of the data (their meanings are on the About page and in CONTRIBUTING).

Every word a contributor may choose from is an Enum here, so the JSON Schemas offer it as
autocomplete and the validator can list the allowed values in its error messages.
"""

from __future__ import annotations

from enum import StrEnum


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
