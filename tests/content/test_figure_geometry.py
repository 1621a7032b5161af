"""Geometry of the real stretch figures: feet on the floor, hands on the wall, nothing below.

Two layers are checked. The solver's joint positions (what validation reasons about), and the
drawing itself: the nested SVG transforms are multiplied out, exactly as a browser does, for
the end pose (the `transform` attributes) and the start pose (the `--s` CSS variables), so a
hand drawn off the wall fails even if the solver was right.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from macros.checks.figure import lowest
from macros.dataset import Dataset, build_dataset
from macros.models import Stretch
from macros.models.joints import ankle_flexion, knee_flexion
from macros.models.kinematics import Solved, body, solve
from macros.models.kinematics.props import CHAIR_BACK_TOP, WALL_HANDS, chair_hand_point
from macros.models.pose import BasePart, PropKind, Surface
from macros.render.figure import figure_svg

SVG = "{http://www.w3.org/2000/svg}"
Matrix = tuple[float, float, float, float, float, float]  # a b c d e f, as in SVG
POSES = ("start", "end")


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset()


def stretch(dataset: Dataset, stretch_id: str) -> Stretch:
    return dataset.get("stretches", stretch_id)


def poses(item: Stretch) -> dict[str, Solved]:
    figure = item.figure
    return {
        name: solve(figure.props, figure.base, getattr(figure, name)) for name in ("start", "end")
    }


def test_all_eight_agreed_stretches_have_figures(dataset: Dataset) -> None:
    ids = {s.id for s in dataset.stretches}
    assert ids >= {
        "standing-calf-wall", "calf-step", "seated-calf-towel", "standing-hamstring",
        "seated-hamstring", "foot-pull-in-bed", "standing-quad-chair", "foot-toe-stretch",
    }  # fmt: skip


def test_nothing_is_below_the_floor(dataset: Dataset) -> None:
    for item in dataset.stretches:
        for name, pose in poses(item).items():
            part, y = lowest(pose)
            assert y >= -1.0, f"{item.id} {name}: {part} is {-y:.1f} cm below the floor"


def test_standing_feet_are_flat_on_the_floor(dataset: Dataset) -> None:
    standing = [
        s for s in dataset.stretches
        if s.figure.base.on is Surface.FLOOR and s.figure.base.part is not BasePart.SEAT
    ]  # fmt: skip
    assert {s.id for s in standing} >= {"standing-calf-wall", "standing-hamstring"}
    for item in standing:
        side = item.figure.base.part.value.split("-")[0]
        for name, pose in poses(item).items():
            for point in ("heel", "ball"):
                y = pose.points[f"{side}.{point}"][1]
                assert abs(y) < 0.05, f"{item.id} {name}: {side} {point} at {y:.2f} cm"


def test_both_feet_stay_down_in_the_wall_calf_stretch(dataset: Dataset) -> None:
    item = stretch(dataset, "standing-calf-wall")
    for name, pose in poses(item).items():
        for side in ("near", "far"):
            for point in ("heel", "ball"):
                assert abs(pose.points[f"{side}.{point}"][1]) < 0.05, (name, side, point)
        # The stretched (near, back) leg is straight and its foot pulled up towards the shin.
        angles = pose.angles
        assert abs(knee_flexion(angles["near.thigh"], angles["near.shin"])) < 1
        assert ankle_flexion(angles["near.shin"], angles["near.foot"]) > 10


def test_hands_are_on_the_wall_in_both_poses(dataset: Dataset) -> None:
    for item in dataset.stretches:
        wall = item.figure.prop(PropKind.WALL)
        if wall is None:
            continue
        for name, pose in poses(item).items():
            for side in ("near", "far"):
                x, y = pose.points[f"{side}.palm"]
                assert x + body.R_PALM == pytest.approx(wall.x, abs=0.05), (item.id, name)
                assert y == pytest.approx(wall.height or WALL_HANDS, abs=0.05), (item.id, name)


def test_a_hand_on_a_chair_rests_on_its_backrest(dataset: Dataset) -> None:
    item = stretch(dataset, "standing-quad-chair")
    chair = item.figure.prop(PropKind.CHAIR)
    assert chair is not None
    top_x, top_y = chair_hand_point(chair)
    assert top_y == CHAIR_BACK_TOP
    for pose in poses(item).values():
        x, y = pose.points["far.palm"]
        assert abs(x - top_x) < 3 and abs(y - (top_y + body.R_PALM)) < 0.05


def test_seated_figures_sit_on_their_seat(dataset: Dataset) -> None:
    seated = [s for s in dataset.stretches if s.figure.base.part is BasePart.SEAT]
    assert len(seated) >= 4
    heights = {Surface.CHAIR: 46.0, Surface.BED: 52.0}
    for item in seated:
        for pose in poses(item).values():
            assert pose.points["seat"][1] == pytest.approx(heights[item.figure.base.on])


def test_heels_drop_below_the_step_only_at_the_end(dataset: Dataset) -> None:
    item = stretch(dataset, "calf-step")
    step = item.figure.prop(PropKind.STEP)
    assert step is not None
    top = float(step.height or 18)
    start, end = poses(item).values()
    assert start.points["near.heel"][1] == pytest.approx(top, abs=0.5)
    assert end.points["near.heel"][1] < top - 4
    for pose in (start, end):
        assert pose.points["near.ball"][1] == pytest.approx(top, abs=0.05)
        assert pose.points["near.ball"][0] > float(step.x or 0) > pose.points["near.heel"][0]


def test_the_cramp_foot_pull_keeps_the_knee_straight_and_pulls_the_toes_up(
    dataset: Dataset,
) -> None:
    item = stretch(dataset, "foot-pull-in-bed")
    start, end = poses(item).values()
    for pose in (start, end):
        assert abs(knee_flexion(pose.angles["near.thigh"], pose.angles["near.shin"])) <= 5
        toes, shoulder = pose.points["near.toe"], pose.points["shoulder"]
        assert math.dist(pose.points["near.palm"], toes) < 10  # the hand is at the toes
        assert toes[0] > shoulder[0]
    assert ankle_flexion(start.angles["near.shin"], start.angles["near.foot"]) < 0
    assert ankle_flexion(end.angles["near.shin"], end.angles["near.foot"]) > 0


def test_the_front_of_thigh_stretch_brings_the_heel_to_the_bottom(dataset: Dataset) -> None:
    end = poses(stretch(dataset, "standing-quad-chair"))["end"]
    assert math.dist(end.points["near.heel"], end.points["seat"]) < 25
    assert end.points["near.ankle"][0] < end.points["hip"][0]  # behind the body


# --- the drawing itself -------------------------------------------------------------------


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e,
            b * t + d * u + f)  # fmt: skip


def _parse(transform: str) -> Matrix:
    """An SVG transform attribute or a CSS transform, as one matrix."""
    result: Matrix = (1, 0, 0, 1, 0, 0)
    for name, args in re.findall(r"(translate|rotate|scale)\(([^)]*)\)", transform):
        values = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", args)]
        if name == "translate":
            step: Matrix = (1, 0, 0, 1, values[0], values[1])
        elif name == "rotate":
            r = math.radians(values[0])
            step = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
        else:
            step = (values[0], 0, 0, values[1], 0, 0)
        result = _multiply(result, step)
    return result


def _frame(group: ET.Element, pose: str) -> Matrix:
    if pose == "start" and "--s:" in group.get("style", ""):
        return _parse(group.get("style", "").split("--s:")[1].split(";")[0])
    return _parse(group.get("transform", ""))


def drawn_point(svg: str, layer: int, depth: int, local: tuple[float, float], pose: str):
    """Where a point given in a part's frame is drawn, in world cm (y up).

    `layer` picks one of the two outlined limbs (0: near leg, 1: near arm); `depth` is how
    many groups down the limb's chain the part is (root is 0).
    """
    root = ET.fromstring(svg)
    limbs = [g for g in root.iter(f"{SVG}g") if g.get("filter")]
    group = limbs[layer]
    matrix = _frame(group, pose)
    for _ in range(depth):
        group = next(child for child in group if child.tag == f"{SVG}g")
        matrix = _multiply(matrix, _frame(group, pose))
    a, b, c, d, e, f = matrix
    x, y = local
    return a * x + c * y + e, -(b * x + d * y + f)


@pytest.mark.parametrize("pose", ["start", "end"])
def test_the_drawn_hands_touch_the_wall(dataset: Dataset, pose: str) -> None:
    item = stretch(dataset, "standing-calf-wall")
    wall = item.figure.prop(PropKind.WALL)
    assert wall is not None
    x, y = drawn_point(figure_svg(item), 1, 4, (0.0, body.PALM), pose)  # root>torso>upper>fore>hand
    assert x + body.R_PALM == pytest.approx(wall.x, abs=0.3)
    assert y == pytest.approx(WALL_HANDS, abs=0.3)


@pytest.mark.parametrize("pose", ["start", "end"])
def test_the_drawn_back_heel_stands_on_the_floor(dataset: Dataset, pose: str) -> None:
    item = stretch(dataset, "standing-calf-wall")
    heel = body.FOOT_SHAPE[1]
    x, y = drawn_point(figure_svg(item), 0, 3, (heel.x, heel.y), pose)  # root>thigh>shin>foot
    assert y - heel.r == pytest.approx(0.0, abs=0.3)
    assert x == pytest.approx(item.figure.base.x, abs=0.5)
