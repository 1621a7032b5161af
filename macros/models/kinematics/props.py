"""Where props are and what can rest on them: the world the figure stands in.

Sizes are those of ordinary household things (a dining chair seat is about 46 cm high, a
stair about 18 cm), so a figure sitting or standing on them looks right without tuning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..pose import Prop, PropKind, Surface
from .geometry import Vec

STEP_HEIGHT = 18.0
STEP_DEPTH = 30.0
CHAIR_SEAT = 46.0
CHAIR_DEPTH = 44.0
CHAIR_BACK_TOP = 90.0
CHAIR_BACK = 4.0  # thickness of the backrest
BED_TOP = 52.0
BED_LENGTH = 200.0
HEADBOARD_TOP = 100.0
STOOL_HEIGHT = 30.0
STOOL_DEPTH = 34.0
RAIL_HEIGHT = 88.0  # a banister's height above the nose of each stair
RAIL_GRIP = 24.0  # where along the stairs the hand holds it, from the bottom step's edge
WALL_HANDS = 125.0


@dataclass(frozen=True)
class Shelf:
    """A level surface something can rest on: its kind, from x0 to x1 at height y."""

    kind: Surface
    x0: float
    x1: float
    y: float

    def holds(self, x: float, margin: float = 0.0) -> bool:
        """True if a point at x is over this surface."""
        return self.x0 - margin <= x <= self.x1 + margin


FLOOR = Shelf(Surface.FLOOR, -1e6, 1e6, 0.0)


def shelf(prop: Prop) -> Shelf | None:
    """The surface a prop offers, if any (a wall or a towel offers none)."""
    x = float(prop.x or 0.0)
    if prop.kind is PropKind.STEP:
        return Shelf(Surface.STEP, x, x + STEP_DEPTH, float(prop.height or STEP_HEIGHT))
    if prop.kind is PropKind.CHAIR:
        return Shelf(Surface.CHAIR, x, x + CHAIR_DEPTH, CHAIR_SEAT)
    if prop.kind is PropKind.BED:
        return Shelf(Surface.BED, x, x + BED_LENGTH, BED_TOP)
    if prop.kind is PropKind.STOOL:
        return Shelf(Surface.STOOL, x, x + STOOL_DEPTH, float(prop.height or STOOL_HEIGHT))
    return None


def shelves(props: Sequence[Prop]) -> list[Shelf]:
    """Every surface in the scene, the floor first."""
    found = [FLOOR]
    found.extend(s for s in (shelf(p) for p in props) if s is not None)
    return found


def shelf_named(props: Sequence[Prop], surface: Surface) -> Shelf | None:
    """The surface of one kind, or None when its prop is missing."""
    return next((s for s in shelves(props) if s.kind is surface), None)


def highest_under(props: Sequence[Prop], x: float) -> Shelf:
    """The surface a foot put down at x lands on: the highest one under it."""
    return max((s for s in shelves(props) if s.holds(x)), key=lambda s: s.y)


def wall_hand_point(prop: Prop) -> Vec:
    """Where a hand pressed flat on the wall has its palm centre."""
    return (float(prop.x or 0.0), float(prop.height or WALL_HANDS))


def chair_hand_point(prop: Prop) -> Vec:
    """Where a hand resting on top of the chair's backrest has its palm centre."""
    return (float(prop.x or 0.0) + CHAIR_BACK / 2, CHAIR_BACK_TOP)


def rail_y(prop: Prop, x: float) -> float:
    """Height of the stair banister above the floor at x: it rises with the stairs."""
    rise = float(prop.height or STEP_HEIGHT)
    return rise + RAIL_HEIGHT + (x - float(prop.x or 0.0)) * rise / STEP_DEPTH


def rail_hand_point(prop: Prop) -> Vec:
    """Where a hand holding the banister has its palm centre."""
    x = float(prop.x or 0.0) + RAIL_GRIP
    return (x, rail_y(prop, x))
