"""The picture in words, generated from the same data, for the SVG's <title> and <desc>.

A screen reader user gets what a sighted reader sees at a glance: the posture, what the hands
hold, which muscle is highlighted and which way the body moves. Because the words come from
the pose data, they can never drift away from the drawing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...checks.figure import point_of
from ...models.kinematics import Solved
from ...models.kinematics.geometry import length, sub
from ...models.pose import BasePart, BodyPoint, Figure, PropKind, Reach, Side, Surface
from ...models.vocab import Muscle

MUSCLE_WORDS = {
    Muscle.CALF: "the calf (the back of the lower leg)",
    Muscle.HAMSTRINGS: "the hamstrings (the back of the thigh)",
    Muscle.QUADRICEPS: "the front of the thigh",
    Muscle.FOOT: "the sole of the foot",
    Muscle.SHIN: "the front of the lower leg",
}

# What a hand does at each target: (how a pair of hands is put, what one hand holds).
REACH_WORDS = {
    Reach.WALL: ("with hands flat on a wall", "a wall"),
    Reach.CHAIR: ("holding the back of a chair", "the back of a chair"),
    Reach.RAIL: ("holding the banister", "the banister"),
    Reach.NEAR_THIGH: ("with hands resting on the thigh", "the thigh"),
    Reach.FAR_THIGH: ("with hands resting on the other thigh", "the other thigh"),
    Reach.NEAR_ANKLE: ("holding the ankle", "the ankle"),
    Reach.FAR_ANKLE: ("holding the ankle", "the ankle"),
    Reach.NEAR_TOES: ("holding the toes", "the toes"),
    Reach.FAR_TOES: ("holding the toes", "the toes"),
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


# How far the torso of the end pose (the pose the picture holds) leans forward from upright,
# in degrees, before the words say so: a small lean is just standing or sitting, but a
# hamstring stretch bent over to a chair must not be read out as "stands".
BENT_OVER = 60.0
LEANING = 35.0


def _lean(figure: Figure) -> str:
    lean = 180.0 - figure.end.torso  # 180 is upright, 90 points straight forward
    if lean >= BENT_OVER:
        return " bent forward from the hips"
    if lean >= LEANING:
        return ", leaning forward"
    return ""


def _hands(figure: Figure) -> str:
    near = figure.end.arm(Side.NEAR).reach
    far = figure.end.arm(Side.FAR).reach
    if figure.prop(PropKind.TOWEL) is not None:
        return "pulling gently on a towel looped round the foot"
    if near is None or far is None or near == far:
        held = near or far
        return REACH_WORDS[held][0] if held else ""
    return f"holding {REACH_WORDS[far][1]} with one hand and {REACH_WORDS[near][1]} with the other"


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
    """Three short sentences: the posture, the highlighted muscle, the movement.

    `name` is accepted so callers can pass the record whole; the title already carries it.
    """
    hands = _hands(figure)
    posture = f"A person {_posture(figure)}{_lean(figure)}{', ' + hands if hands else ''}."
    listed = [MUSCLE_WORDS[m] for m in muscles]
    words = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
    muscle = f"The stretched muscle is highlighted: {words}."
    moving = f"An arrow shows {_movement(figure, start, end)}."
    return " ".join([posture, muscle, moving])
