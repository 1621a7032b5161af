"""Turn one pose into every joint position: place the body on its base, then solve limbs.

Order matters and follows how a person actually stands: the base (a planted foot or the seat)
fixes the hips; the hips fix where a planted foot's leg must reach; the legs and torso fix
where a hand must go to hold a toe, a thigh, a wall or a chair. Problems are raised as
PoseError with a plain sentence, which the pose model reports at the pose's line.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..joints import check_ankle, check_hip
from ..pose import (
    Arm,
    Base,
    BasePart,
    Leg,
    Pose,
    Prop,
    PropKind,
    Reach,
    Side,
    Surface,
)
from . import body
from .geometry import OutOfReach, Vec, add, direction, local, scale, sub, two_link
from .props import (
    chair_hand_point,
    highest_under,
    rail_hand_point,
    shelf_named,
    wall_hand_point,
)

SIDES = (Side.NEAR, Side.FAR)


class PoseError(ValueError):
    """A pose that cannot be drawn as written; the message says why in plain words."""


@dataclass(frozen=True)
class Solved:
    """One pose, fully worked out: the direction of every part and the position of each joint."""

    angles: Mapping[str, float]
    points: Mapping[str, Vec]
    grips: Mapping[str, Reach | None] = field(default_factory=dict)


HEEL, BALL = body.FOOT_SHAPE[1], body.FOOT_SHAPE[2]
TOE_TIP = body.TOES_SHAPE[1]


def _lowest(centre: Vec, r: float) -> Vec:
    """The bottom of a circle: where a rounded heel or ball touches level ground."""
    return (centre[0], centre[1] - r)


def foot_points(ankle: Vec, foot: float, toes: float) -> dict[str, Vec]:
    """Heel, ball, toe joint and toe tip of a foot whose ankle joint is at `ankle`.

    Heel, ball and toe are the lowest points of their rounded ends, which is where they touch
    whatever is below them, however the foot is tilted.
    """
    heel = _lowest(local(ankle, foot, HEEL.x, HEEL.y), HEEL.r)
    ball = _lowest(local(ankle, foot, BALL.x, BALL.y), BALL.r)
    toe_joint = local(ankle, foot, body.TOE_JOINT - body.ANKLE_HEIGHT, body.HEEL_TO_BALL)
    toe = _lowest(local(toe_joint, toes, TOE_TIP.x, TOE_TIP.y), TOE_TIP.r)
    return {"heel": heel, "ball": ball, "toe_joint": toe_joint, "toe": toe}


def ankle_from(contact: str, point: Vec, foot: float) -> Vec:
    """Where the ankle must be for the heel or ball to touch `point`."""
    end = HEEL if contact == "heel" else BALL
    centre = local((0.0, 0.0), foot, end.x, end.y)
    return (point[0] - centre[0], point[1] + end.r - centre[1])


def _leg_points(hip: Vec, thigh: float, shin: float, foot: float, toes: float) -> dict[str, Vec]:
    knee = add(hip, scale(direction(thigh), body.THIGH))
    ankle = add(knee, scale(direction(shin), body.SHIN))
    return {"knee": knee, "ankle": ankle, **foot_points(ankle, foot, toes)}


def _surface_y(props: Sequence[Prop], surface: Surface, x: float, what: str) -> float:
    found = shelf_named(props, surface)
    if found is None:
        raise PoseError(f"the {what} rests on a {surface}, but the figure has no {surface} prop")
    if not found.holds(x):
        raise PoseError(
            f"the {what} is at x {x:g}, which is not on the {surface} "
            f"(it runs from x {found.x0:g} to {found.x1:g})"
        )
    return found.y


def place_hips(props: Sequence[Prop], base: Base, pose: Pose) -> Vec:
    """Where the hip joint is, so that the base point rests on its surface at base.x."""
    if base.part is BasePart.SEAT:
        y = _surface_y(props, base.on, base.x, "seat")
        return (base.x + body.SEAT_BACK, y + body.SEAT_DROP)
    side_name, contact = base.part.value.split("-")
    side = Side(side_name)
    leg = pose.leg(side)
    if leg.planted:
        raise PoseError(
            f"the {side} leg carries the weight (base), so it needs thigh and shin angles "
            "instead of heel_at or ball_at"
        )
    assert leg.thigh is not None and leg.shin is not None
    points = _leg_points((0.0, 0.0), leg.thigh, leg.shin, leg.foot, _toes(leg))
    y = _surface_y(props, base.on, base.x, f"{side} {contact}")
    return sub((base.x, y), points[contact])


def _gap(gap: float) -> str:
    """'12 cm too far from' or '3 cm too close to', for out-of-reach messages."""
    return f"{max(1, math.ceil(abs(gap)))} cm too {'far from' if gap > 0 else 'close to'}"


def _toes(leg: Leg) -> float:
    return leg.foot if leg.toes is None else leg.toes


def solve_leg(
    props: Sequence[Prop], hip: Vec, torso: float, leg: Leg, side: Side
) -> dict[str, Any]:
    """Angles and points of one leg; a planted leg's knee is worked out from its foot."""
    toes = _toes(leg)
    if not leg.planted:
        assert leg.thigh is not None and leg.shin is not None
        thigh, shin = leg.thigh, leg.shin
    else:
        contact, x = ("heel", leg.heel_at) if leg.heel_at is not None else ("ball", leg.ball_at)
        assert x is not None
        ground = (x, highest_under(props, x).y)
        ankle = ankle_from(contact, ground, leg.foot)
        try:
            thigh, shin = two_link(hip, ankle, body.THIGH, body.SHIN, bend=-1)
        except OutOfReach as error:
            raise PoseError(
                f"the {side} leg cannot put its {contact} at x {x:g}: that is "
                f"{_gap(error.gap)} the hip; move the foot or change the pose"
            ) from None
        try:
            check_ankle(shin, leg.foot)
            check_hip(torso, thigh)
        except ValueError as error:
            raise PoseError(f"with its {contact} at x {x:g}, {error}") from None
    angles = {"thigh": thigh, "shin": shin, "foot": leg.foot, "toes": toes}
    return {"angles": angles, "points": _leg_points(hip, thigh, shin, leg.foot, toes)}


def _reach_point(
    props: Sequence[Prop], reach: Reach, legs: Mapping[Side, dict[str, Any]]
) -> tuple[Vec, float | None]:
    """The palm centre a hand must reach, and the hand's fixed direction (None: free)."""
    if reach in {Reach.WALL, Reach.CHAIR, Reach.RAIL}:
        kind = PropKind.STEP if reach is Reach.RAIL else PropKind(reach.value)
        prop = next((p for p in props if p.kind is kind), None)
        if prop is None:
            raise PoseError(
                f"a hand reaches for the {reach.value}, but the figure has no {kind} prop"
            )
        if kind is PropKind.WALL:
            x, y = wall_hand_point(prop)
            return (x - body.R_PALM, y), 180.0
        x, y = chair_hand_point(prop) if kind is PropKind.CHAIR else rail_hand_point(prop)
        return (x - body.PALM * 0.3, y + body.R_PALM), 90.0
    side_name, part = reach.value.split("-")
    leg = legs[Side(side_name)]
    angles, points = leg["angles"], leg["points"]
    if part == "thigh":
        hip = sub(points["knee"], scale(direction(angles["thigh"]), body.THIGH))
        across = body.R_KNEE + body.R_PALM + 0.6
        return local(hip, angles["thigh"], across, body.THIGH * 0.7), angles["thigh"]
    if part == "ankle":
        return local(points["ankle"], angles["shin"], 1.0, -1.5), None
    return local(points["toe_joint"], angles["toes"], 0.5, body.TOE_LENGTH * 0.85), None


def solve_arm(
    props: Sequence[Prop],
    shoulder: Vec,
    torso: float,
    arm: Arm,
    side: Side,
    legs: Mapping[Side, dict[str, Any]],
) -> dict[str, Any]:
    """Angles and points of one arm; a reaching arm's elbow is worked out from the hand."""
    if arm.reach is None:
        assert arm.upper is not None and arm.fore is not None
        upper, fore, hand = arm.upper, arm.fore, arm.fore
    else:
        palm, hand_angle = _reach_point(props, arm.reach, legs)
        try:
            if hand_angle is None:
                upper, fore = two_link(
                    shoulder, palm, body.UPPER_ARM, body.FOREARM + body.GRIP, bend=1
                )
                hand = fore
            else:
                wrist = sub(palm, scale(direction(hand_angle), body.PALM))
                upper, fore = two_link(shoulder, wrist, body.UPPER_ARM, body.FOREARM, bend=1)
                hand = hand_angle
        except OutOfReach as error:
            raise PoseError(
                f"the {side} hand cannot reach the {arm.reach.value.replace('-', ' ')}: it is "
                f"{_gap(error.gap)} the shoulder; move the prop or lean the torso"
            ) from None
    elbow = add(shoulder, scale(direction(upper), body.UPPER_ARM))
    wrist = add(elbow, scale(direction(fore), body.FOREARM))
    palm_at = add(wrist, scale(direction(hand), body.PALM))
    return {
        "angles": {"upper": upper, "fore": fore, "hand": hand},
        "points": {"elbow": elbow, "wrist": wrist, "palm": palm_at},
    }


def solve(props: Sequence[Prop], base: Base, pose: Pose) -> Solved:
    """Every angle and joint position of one pose, or a PoseError saying what is wrong.

    Worked out once per pose: the figure check and the renderer (the page and the index) ask
    for the same poses, and frozen models are their own cache key, so an edited pose under
    `mkdocs serve` is a new key, never a stale answer. A Solved is not to be changed.
    """
    return _solve(tuple(props), base, pose)


@functools.lru_cache(maxsize=1024)
def _solve(props: tuple[Prop, ...], base: Base, pose: Pose) -> Solved:
    hip = place_hips(props, base, pose)
    legs = {side: solve_leg(props, hip, pose.torso, pose.leg(side), side) for side in SIDES}
    shoulder = add(hip, scale(direction(pose.torso), body.TORSO))
    head = pose.torso if pose.head is None else pose.head
    arms = {
        side: solve_arm(props, shoulder, pose.torso, pose.arm(side), side, legs) for side in SIDES
    }
    angles: dict[str, float] = {"torso": pose.torso, "head": head}
    points: dict[str, Vec] = {
        "hip": hip,
        "seat": (hip[0] - body.SEAT_BACK, hip[1] - body.SEAT_DROP),
        "shoulder": shoulder,
        "head": local(shoulder, head, 0.0, body.NECK + 12.5),
    }
    for side in SIDES:
        for part in (legs[side], arms[side]):
            angles.update({f"{side}.{k}": v for k, v in part["angles"].items()})
            points.update({f"{side}.{k}": v for k, v in part["points"].items()})
    grips = {str(side): pose.arm(side).reach for side in SIDES}
    return Solved(angles, points, grips)
