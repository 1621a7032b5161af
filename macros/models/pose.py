"""Pose data for stretch illustrations (refined by the illustration work, issue 5).

Angles are in degrees in a side view, measured from straight down (0) turning towards the
front of the body (positive), so a standing figure is all zeros.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .base import Strict


class Prop(StrEnum):
    """Things a figure can lean on, sit on or hold."""

    WALL = "wall"
    CHAIR = "chair"
    STEP = "step"
    TOWEL = "towel"
    BED = "bed"


class Pose(Strict):
    """Angles of each body part for one moment of the movement."""

    torso: float = Field(default=180, description="0 hangs down, 180 is upright.")
    head: float = 0
    upper_arm: float = 0
    forearm: float = 0
    front_thigh: float = 0
    front_shin: float = 0
    front_foot: float = 90
    back_thigh: float = 0
    back_shin: float = 0
    back_foot: float = 90


class Figure(Strict):
    """The illustration: props, and the start and end poses of the movement."""

    props: list[Prop] = Field(default_factory=list)
    start: Pose
    end: Pose
