"""Pose validation: impossible, unsupported or unreachable poses are data errors.

Each test starts from one good figure (a wall calf stretch) and breaks one thing, so the only
reason a test can pass is that this one mistake is caught, with a sentence that says which
part is wrong.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import ValidationError

from macros.checks.figure import figure_problems
from macros.models.pose import Figure


def good() -> dict[str, Any]:
    """A figure that passes every check: a lean into a wall, back heel down."""
    return {
        "props": [{"kind": "wall", "x": 92}],
        "base": {"part": "near-heel", "on": "floor", "x": 0},
        "moves": "shoulders",
        "start": {
            "torso": 168,
            "near_leg": {"thigh": -17, "shin": -17, "foot": 90},
            "far_leg": {"heel_at": 48},
            "near_arm": {"reach": "wall"},
        },
        "end": {
            "torso": 155,
            "near_leg": {"thigh": -27, "shin": -27, "foot": 90},
            "far_leg": {"heel_at": 48},
            "near_arm": {"reach": "wall"},
        },
    }


def error_of(data: dict[str, Any]) -> tuple[tuple[Any, ...], str]:
    """The first error the figure produces: where (pydantic's path) and the sentence.

    A field's own mistake is the model's to report (a ValidationError at that field); a pose
    that cannot stand, reach or move is the figure check's (checks/figure.py), at the start
    or end pose. A mistake in a prop or the base can break both poses; each is then reported
    once, at the start pose and at the end pose, and nothing else may be.
    """
    try:
        figure = Figure.model_validate(data)
    except ValidationError as caught:
        errors = caught.errors(include_url=False)
        assert len({e["msg"] for e in errors}) <= 2 and len(errors) <= 2, errors
        return tuple(errors[0]["loc"]), str(
            (errors[0].get("ctx") or {}).get("error", errors[0]["msg"])
        )
    found = figure_problems(figure)
    assert 1 <= len(found) <= 2, found
    return (found[0][0],), found[0][1]


def test_the_good_figure_is_valid() -> None:
    figure = Figure.model_validate(good())
    assert figure.end.near_arm.reach == "wall"


def test_a_knee_bending_backwards_is_rejected_at_the_shin() -> None:
    data = good()
    data["start"]["near_leg"] = {"thigh": -17, "shin": 10, "foot": 90}
    where, message = error_of(data)
    assert where == ("start", "near_leg", "shin")
    assert "knee would bend backwards by 27 degrees" in message


def test_an_elbow_bending_backwards_is_rejected_at_the_forearm() -> None:
    data = good()
    data["end"]["near_arm"] = {"upper": 90, "fore": 60}
    where, message = error_of(data)
    assert where == ("end", "near_arm", "fore")
    assert "elbow would bend backwards by 30 degrees" in message


def test_a_foot_pulled_up_past_what_an_ankle_allows_is_rejected() -> None:
    data = good()
    data["start"]["near_leg"] = {"thigh": 0, "shin": 0, "foot": 140}
    where, message = error_of(data)
    assert where == ("start", "near_leg", "foot")
    assert "pulled up 50 degrees past a right angle" in message


def test_a_thigh_behind_the_body_past_the_hip_range_is_rejected() -> None:
    data = good()
    data["end"]["near_leg"] = {"thigh": -80, "shin": -80, "foot": 0}
    where, message = error_of(data)
    assert where == ("end", "near_leg")
    assert "a hip moves between -35" in message


def test_a_leg_with_angles_and_a_resting_point_is_rejected() -> None:
    data = good()
    data["start"]["far_leg"] = {"thigh": 10, "shin": 0, "heel_at": 48}
    where, message = error_of(data)
    assert where == ("start", "far_leg")
    assert "exactly one" in message


def test_a_hand_reaching_for_a_missing_prop_is_rejected() -> None:
    data = good()
    data["props"] = []
    where, message = error_of(data)
    assert where == ("start",)
    assert message == "a hand reaches for the wall, but the figure has no wall prop"


def test_a_wall_out_of_reach_says_by_how_much() -> None:
    data = good()
    data["props"][0]["x"] = 120
    where, message = error_of(data)
    assert where == ("start",)
    assert "near hand cannot reach the wall: it is 26 cm too far from the shoulder" in message


def test_a_seat_needs_something_to_sit_on() -> None:
    data = good()
    data["base"] = {"part": "seat", "on": "chair", "x": 0}
    where, message = error_of(data)
    assert where == ("start",)
    assert message == "the seat rests on a chair, but the figure has no chair prop"


def test_a_seat_off_the_edge_of_its_chair_is_rejected() -> None:
    data = {
        "props": [{"kind": "chair", "x": 10}],
        "base": {"part": "seat", "on": "chair", "x": 0},
        "moves": "shoulders",
        "start": {"torso": 180, "near_leg": {"heel_at": 40}, "near_arm": {"upper": 0, "fore": 0}},
        "end": {"torso": 150, "near_leg": {"heel_at": 40}, "near_arm": {"upper": 0, "fore": 0}},
    }
    where, message = error_of(data)
    assert where == ("start",)
    assert "is not on the chair (it runs from x 10 to 54)" in message


def test_a_foot_through_the_floor_is_rejected() -> None:
    data = good()
    data["end"]["far_leg"] = {"thigh": 30, "shin": 20, "foot": 60}
    where, message = error_of(data)
    assert where == ("end",)
    assert "below the floor" in message


def test_a_leg_floating_just_above_the_floor_is_rejected() -> None:
    data = good()
    data["start"]["far_leg"] = {"thigh": 40, "shin": 10, "foot": 90}
    where, message = error_of(data)
    assert where == ("start",)
    assert message.startswith("the far leg floats") and "above the floor" in message


def test_the_arrow_needs_a_part_that_moves() -> None:
    data = good()
    data["moves"] = "far-heel"
    where, message = error_of(data)
    assert where == ("end",)
    assert "far heel (moves) hardly changes place" in message


def test_props_take_only_their_own_fields() -> None:
    data = good()
    data["props"].append({"kind": "towel", "leg": "near", "x": 10})
    where, message = error_of(data)
    assert where == ("props", 1)
    assert "a towel is held, not placed" in message


@pytest.mark.parametrize("part", ["near_leg", "near_arm"])
def test_every_angle_is_bounded(part: str) -> None:
    data = copy.deepcopy(good())
    key = "thigh" if part == "near_leg" else "upper"
    data["start"][part] = {key: 400, "shin" if part == "near_leg" else "fore": 0}
    where, _ = error_of(data)
    assert where[:3] == ("start", part, key)
