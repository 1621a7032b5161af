"""The controlled words of pose data: sides, props, surfaces and named body points.

Kept apart from the pose models so each file stays small; every word here is an Enum, so the
editor schema offers it as autocomplete and errors list the allowed values.
"""

from __future__ import annotations

from enum import StrEnum


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
