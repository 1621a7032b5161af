"""The picture in words, generated from the same data, for the SVG's <title> and <desc>.

A screen reader user gets what a sighted reader sees at a glance: the posture, what the hands
hold, which muscle is highlighted and which way the body moves. Because the words come from
the pose data, they can never drift away from the drawing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models.pose import BasePart, BodyPoint, Figure, PropKind, Reach, Side, Surface
from ..models.vocab import Muscle
from .checks import point_of
from .geometry import length, sub
from .kinematics import Solved

MUSCLE_WORDS = {
    Muscle.CALF: "the calf (the back of the lower leg)",
    Muscle.HAMSTRINGS: "the hamstrings (the back of the thigh)",
    Muscle.QUADRICEPS: "the front of the thigh",
    Muscle.FOOT: "the sole of the foot",
    Muscle.SHIN: "the front of the lower leg",
}

REACH_WORDS = {
    Reach.WALL: "with hands flat on a wall",
    Reach.CHAIR: "holding the back of a chair",
    Reach.RAIL: "holding the banister",
    Reach.NEAR_THIGH: "with hands resting on the thigh",
    Reach.FAR_THIGH: "with hands resting on the bent leg",
    Reach.NEAR_ANKLE: "holding the ankle",
    Reach.FAR_ANKLE: "holding the ankle",
    Reach.NEAR_TOES: "holding the toes",
    Reach.FAR_TOES: "holding the toes",
}

POINT_WORDS = {
    BodyPoint.HEAD: "head",
    BodyPoint.SHOULDERS: "upper body",
    BodyPoint.HIPS: "hips",
}


def _posture(figure: Figure) -> str:
    base = figure.base
    if base.part is BasePart.SEAT:
        return {
            Surface.CHAIR: "sits on a chair",
            Surface.BED: "sits up in bed",
            Surface.STOOL: "sits on a stool",
        }.get(base.on, "sits on the floor")
    if base.on is Surface.STEP:
        return "stands on the edge of a stair"
    return "stands"


def _hands(figure: Figure) -> str:
    near = figure.end.arm(Side.NEAR).reach
    far = figure.end.arm(Side.FAR).reach
    if figure.prop(PropKind.TOWEL) is not None:
        return "pulling gently on a towel looped round the foot"
    if near is None and far is None:
        return ""
    if near == far or far is None or near is None:
        return REACH_WORDS[near or far]  # type: ignore[index]
    first, second = REACH_WORDS[far], REACH_WORDS[near]
    return f"{first}, and {second.replace('with hands', 'with the other hand')}"


def _direction(a: tuple[float, float], b: tuple[float, float]) -> str:
    dx, dy = b[0] - a[0], b[1] - a[1]
    across = "forward" if dx > 0 else "back"
    upright = "up" if dy > 0 else "down"
    if abs(dx) > 2 * abs(dy):
        return across
    if abs(dy) > 2 * abs(dx):
        return upright
    return f"{across} and {upright}"


def _movement(figure: Figure, start: Solved, end: Solved) -> str:
    point = figure.moves
    a, b = point_of(start, point), point_of(end, point)
    if point in POINT_WORDS:
        return f"the {POINT_WORDS[point]} moving {_direction(a, b)}"
    name = point.value.split("-", 1)[1]
    hips_a, hips_b = start.points["hip"], end.points["hip"]
    change = length(sub(b, hips_b)) - length(sub(a, hips_a))
    if abs(change) > 3.0:
        return f"the {name} moving {'towards' if change < 0 else 'away from'} the body"
    return f"the {name} moving {_direction(a, b)}"


def describe(
    name: str, figure: Figure, muscles: Sequence[Muscle], start: Solved, end: Solved
) -> str:
    """Three short sentences: the posture, the highlighted muscle, the movement."""
    hands = _hands(figure)
    posture = f"A person {_posture(figure)}{', ' + hands if hands else ''}."
    listed = [MUSCLE_WORDS[m] for m in muscles]
    words = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
    verb = "is" if len(listed) == 1 else "are"
    muscle = f"The muscle being stretched, {words}, {verb} highlighted."
    moving = f"An arrow shows {_movement(figure, start, end)} during the {name.lower()}."
    return " ".join([posture, muscle, moving])
