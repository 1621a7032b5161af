"""Plane geometry in the figure's world: centimetres, x forward, y up, the floor at y = 0.

Directions use the pose data's rule (0 down, 90 forward, 180 up), so angles read from YAML go
straight into these functions without conversion. Everything is a pure function of floats,
which keeps the drawing deterministic: the same data always gives the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Vec = tuple[float, float]


def direction(angle: float) -> Vec:
    """Unit vector pointing at `angle` (0 down, 90 forward, 180 up)."""
    rad = math.radians(angle)
    return (math.sin(rad), -math.cos(rad))


def angle_of(v: Vec) -> float:
    """The direction a vector points, in the same convention, between -180 and 180."""
    return math.degrees(math.atan2(v[0], -v[1]))


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1])


def scale(v: Vec, k: float) -> Vec:
    return (v[0] * k, v[1] * k)


def length(v: Vec) -> float:
    return math.hypot(v[0], v[1])


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def local(origin: Vec, angle: float, x: float, y: float) -> Vec:
    """A point given in a part's own frame (y along the part, x across it) in world terms.

    Across (+x) is the direction 90 degrees further round than the part: forward for a leg
    hanging down, backward for a torso pointing up, up for a foot lying flat.
    """
    along = direction(angle)
    across = direction(angle + 90.0)
    return (
        origin[0] + along[0] * y + across[0] * x,
        origin[1] + along[1] * y + across[1] * x,
    )


@dataclass(frozen=True)
class OutOfReach(Exception):
    """A two-part limb cannot reach its target: `gap` cm too far (or too close if negative)."""

    gap: float


def two_link(
    root: Vec, target: Vec, first: float, second: float, *, bend: int
) -> tuple[float, float]:
    """Angles of a two-part limb (arm or leg) whose end lands exactly on `target`.

    `bend` chooses which way the middle joint points: +1 folds the second part forwards
    relative to the first (an elbow), -1 folds it backwards (a knee). Only one of the two
    mathematical answers is a human joint, so the caller always names it.
    """
    to_target = sub(target, root)
    distance = length(to_target)
    if distance > first + second:
        raise OutOfReach(distance - (first + second))
    if distance < abs(first - second) or distance < 1e-6:
        raise OutOfReach(distance - abs(first - second) - 1e-6)
    cos_root = (first * first + distance * distance - second * second) / (2 * first * distance)
    opening = math.degrees(math.acos(max(-1.0, min(1.0, cos_root))))
    first_angle = angle_of(to_target) - bend * opening
    middle = add(root, scale(direction(first_angle), first))
    return first_angle, angle_of(sub(target, middle))
