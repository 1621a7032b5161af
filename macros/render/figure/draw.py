"""The person: body parts in painting order, the target muscle and the towel.

Painting order gives depth in a side view: far arm, far leg, torso and head, near leg, towel,
near arm. Far limbs are a lighter tone; near limbs carry a thin outline in the page's
background colour (the `halo` filter), so an arm in front of the body stays readable even
though both are the same colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models.kinematics import Solved, body
from ...models.kinematics.geometry import angle_of, length, local, sub
from ...models.pose import Figure, PropKind, Reach, Side
from ...models.vocab import Muscle
from .frames import FRAMES, Move, Node, chain, moves
from .shapes import circle_hull_tag, circle_tag, ellipse_tag, hulls_tag, rect_tag

ARM = ("upper", "fore", "hand")
LEG = ("thigh", "shin", "foot", "toes")
ARM_SHAPES = {
    "upper": body.UPPER_ARM_SHAPE,
    "fore": body.FOREARM_SHAPE,
}
LEG_SHAPES = {
    "thigh": body.THIGH_SHAPE,
    "shin": body.SHIN_SHAPE,
    "foot": body.FOOT_SHAPE,
    "toes": body.TOES_SHAPE,
}
TOWEL_ANCHOR = (-body.ANKLE_HEIGHT - 1.6, body.HEEL_TO_BALL - 3.0)  # just off the sole


def _same_limb(start: Solved, end: Solved, parts: Sequence[str]) -> bool:
    """True when the far limb lies exactly behind the near one (so it need not be drawn).

    Both limbs hang from the same joint (hip or shoulder), so equal angles mean equal places.
    """
    return all(
        round(pose.angles[f"far.{p}"], 1) == round(pose.angles[f"near.{p}"], 1)
        for pose in (start, end)
        for p in parts
    )


def _muscles(muscles: Sequence[Muscle], part: str) -> list[str]:
    tags = []
    for muscle in muscles:
        where, (cx, cy, rx, ry) = body.MUSCLE_SHAPES[muscle.value]
        if where == part:
            tags.append(ellipse_tag(cx, cy, rx, ry, "m"))
    return tags


def _leg(side: str, cls: str, muscles: Sequence[Muscle]) -> Node:
    shapes = {
        f"{side}.{part}": [circle_hull_tag(LEG_SHAPES[part], cls), *_muscles(muscles, part)]
        for part in LEG
    }
    return chain([f"{side}.{part}" for part in LEG], shapes)


FLAT_HANDS = {Reach.WALL, Reach.NEAR_THIGH, Reach.FAR_THIGH}


def _arm(side: str, cls: str, grip: Reach | None, towel: bool) -> Node:
    """An arm; a hand that holds something (a foot, a rail, a towel) curls round it."""
    fist = towel or (grip is not None and grip not in FLAT_HANDS)
    shapes = {
        f"{side}.{part}": [circle_hull_tag(ARM_SHAPES[part], cls)] for part in ("upper", "fore")
    }
    shapes[f"{side}.hand"] = [hulls_tag(body.FIST_PARTS if fist else body.HAND_PARTS, cls)]
    return chain(["torso", *(f"{side}.{part}" for part in ARM)], shapes)


def _torso() -> Node:
    head = [
        circle_hull_tag(body.NECK_SHAPE, "b"),
        circle_hull_tag(body.HEAD_SHAPE, "b"),
        circle_hull_tag(body.HAIR_SHAPE, "d"),
        circle_hull_tag(body.FACE_SHAPE, "b"),
        circle_tag(body.EAR, "b"),
        circle_tag(body.EYE, "d"),
    ]
    torso = [circle_hull_tag(body.PELVIS_SHAPE, "b"), circle_hull_tag(body.CHEST_SHAPE, "b")]
    return chain(["torso", "head"], {"torso": torso, "head": head})


def _towel_move(start: Solved, end: Solved, leg: str, hand: str) -> Move:
    """The towel's straight part runs from the palm to the sole: one frame in the hand."""
    ends = []
    for pose in (start, end):
        anchor = local(pose.points[f"{leg}.ankle"], pose.angles[f"{leg}.foot"], *TOWEL_ANCHOR)
        run = sub(anchor, pose.points[f"{hand}.palm"])
        turn_by = angle_of(run) - pose.angles[f"{hand}.hand"]
        ends.append(((turn_by + 180.0) % 360.0 - 180.0, length(run)))
    (first, first_len), (last, last_len) = ends
    last = first + ((last - first + 180.0) % 360.0 - 180.0)
    return Move(
        (0.0, body.PALM, -first),
        (0.0, body.PALM, -last),
        scale=(first_len / 100.0, last_len / 100.0),
    )


def _towel(figure: Figure, start: Solved, end: Solved, motions: dict[str, Move]) -> list[Node]:
    towel = figure.prop(PropKind.TOWEL)
    if towel is None:
        return []
    leg = str(towel.leg or Side.NEAR)
    motions["towel"] = _towel_move(start, end, leg, "near")
    loop = rect_tag(-body.ANKLE_HEIGHT - 2.2, body.HEEL_TO_BALL - 6.0, 6.4, 5.6, "t", 1.6)
    strand = Node("towel", [rect_tag(-1.3, 0.0, 2.6, 100.0, "t")])
    holder = chain(["torso", "near.upper", "near.fore", "near.hand"], {})
    node = holder
    while node.children:
        node = node.children[0]
    node.children.append(strand)
    return [chain([f"{leg}.thigh", f"{leg}.shin", f"{leg}.foot"], {f"{leg}.foot": [loop]}), holder]


def person(figure: Figure, muscles: Sequence[Muscle], start: Solved, end: Solved, halo: str) -> str:
    """The whole person, start pose animated into the end pose."""
    motions = moves(start, end)
    stretched = {
        "near": figure.stretched in {Side.NEAR, Side.BOTH},
        "far": figure.stretched in {Side.FAR, Side.BOTH},
    }
    far_muscles = muscles if stretched["far"] else []
    near_muscles = muscles if stretched["near"] else []
    layers: list[str] = []
    towel = figure.prop(PropKind.TOWEL) is not None
    grips = {side: figure.end.arm(Side(side)).reach for side in ("near", "far")}
    if not _same_limb(start, end, ARM):
        layers.append(_arm("far", "f", grips["far"], towel).markup(motions))
    if not _same_limb(start, end, LEG) or (stretched["far"] and not stretched["near"]):
        layers.append(_leg("far", "f", far_muscles).markup(motions))
    layers.append(_torso().markup(motions))
    layers.append(_leg("near", "b", near_muscles).markup(motions, f' filter="url(#{halo})"'))
    layers.extend(node.markup(motions) for node in _towel(figure, start, end, motions))
    near_arm = _arm("near", "b", grips["near"], towel)
    layers.append(near_arm.markup(motions, f' filter="url(#{halo})"'))
    assert set(motions) >= set(FRAMES)
    return "".join(layers)
