"""What a reader must see in the pictures themselves: hands that read as hands, and a
hamstring stretch that bends forward to its chair (issue 14, point 11)."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence

import pytest

from macros.dataset import Dataset, build_dataset
from macros.models.joints import turn
from macros.models.kinematics import body, solve
from macros.models.kinematics.body import Circle
from macros.render.figure import figure_svg

SVG = "{http://www.w3.org/2000/svg}"
GRID = 0.2  # cm: the spacing at which the silhouettes below are sampled


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset()


def _in_hull(circles: Sequence[Circle], x: float, y: float) -> bool:
    """Inside the rounded hull of circles: within its reach in every direction (5-degree steps)."""
    for step in range(72):
        ux, uy = math.cos(math.radians(step * 5)), math.sin(math.radians(step * 5))
        if x * ux + y * uy > max(c.x * ux + c.y * uy + c.r for c in circles) + 1e-9:
            return False
    return True


def _gap_area(parts: Sequence[Sequence[Circle]]) -> float:
    """Area (cm^2) inside the hand's convex outline that no part covers: the space between a
    thumb and the fingers, or the hollow a curled hand closes round. A single rounded hull,
    the old blob of a hand, is convex and has none."""
    every = [c for part in parts for c in part]
    left, right = min(c.x - c.r for c in every), max(c.x + c.r for c in every)
    low, high = min(c.y - c.r for c in every), max(c.y + c.r for c in every)
    gaps = 0
    for i in range(int((right - left) / GRID) + 1):
        for j in range(int((high - low) / GRID) + 1):
            x, y = left + i * GRID, low + j * GRID
            if _in_hull(every, x, y) and not any(_in_hull(p, x, y) for p in parts):
                gaps += 1
    return gaps * GRID * GRID


def test_a_flat_hand_shows_a_thumb_apart_from_the_fingers() -> None:
    assert _gap_area(body.HAND_PARTS) > 2.0


def test_a_holding_hand_curls_round_something_as_thick_as_a_chair_rail() -> None:
    # The chair's backrest and the banister are drawn 3.2 cm thick (figures.css, .rl).
    assert _gap_area(body.FIST_PARTS) > 3.2 * 3.2


def _hand_path(svg: str) -> str:
    """The path data of the near hand: the deepest shape in the last outlined group."""
    root = ET.fromstring(svg)
    arm = [g for g in root.findall(f"{SVG}g") if g.get("filter")][-1]
    group = arm
    while (inner := group.find(f"{SVG}g")) is not None:
        group = inner
    path = group.find(f"{SVG}path")
    assert path is not None
    return path.get("d", "")


def test_every_drawn_hand_is_more_than_one_rounded_blob(dataset: Dataset) -> None:
    for stretch in dataset.stretches:
        pieces = _hand_path(figure_svg(stretch)).count("M")
        assert pieces >= 2, f"{stretch.id}: the hand is a single blob ({pieces} outline)"


def test_the_standing_hamstring_reaches_forward_to_the_chair(dataset: Dataset) -> None:
    """Bent over with the arms reaching out, not folded up under a face on the chair."""
    figure = dataset.get("stretches", "standing-hamstring").figure
    end = solve(figure.props, figure.base, figure.end)
    elbow = abs(turn(end.angles["near.fore"], end.angles["near.upper"]))
    assert elbow < 90.0, f"the elbow is folded {elbow:.0f} degrees"
    assert end.points["near.palm"][0] - end.points["head"][0] > 10.0
    assert 180.0 - figure.end.torso >= 60.0  # the trunk is bent well forward


def test_the_words_say_the_hamstring_stretches_lean(dataset: Dataset) -> None:
    standing = figure_svg(dataset.get("stretches", "standing-hamstring"))
    assert "A person stands bent forward from the hips, holding the back of a chair." in standing
    seated = figure_svg(dataset.get("stretches", "seated-hamstring"))
    assert "sits on a chair, leaning forward, with hands resting on the thigh" in seated
