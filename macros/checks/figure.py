"""Checks that need the whole solved figure: supported, within reach, above the floor.

A pose that would draw a person sinking into the floor or grasping at air is reported like
any other data error, at the figure's `start:` or `end:` line, with a sentence that says which
part is wrong and by how much. The pose model checks each field on its own; this needs the
solver (models/kinematics), so it is a check over the records, run with the others. A stretch
that failed validation elsewhere is still checked when its figure alone is valid, so its
figure's problems come in the same run as the rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pydantic import ValidationError

from ..models.kinematics import PoseError, Solved, body, solve
from ..models.kinematics.geometry import length, sub
from ..models.kinematics.props import FLOOR, highest_under, shelves
from ..models.pose import Base, BodyPoint, Figure, Pose, Prop
from ..reading.errors import Problem
from ..reading.loader import RawRecord
from .entry import CheckContext, Entry, located

FLOOR_TOLERANCE = 1.0  # cm: anti-aliasing hides less than this
SINK_TOLERANCE = 2.5  # cm: a heel may press a little into a mattress
MIN_MOVEMENT = 3.0  # cm: less than this and the arrow would be a dot

# How far each solved point's outline reaches below the point itself.
RADII = {
    "hip": body.R_HIP,
    "seat": 0.0,
    "shoulder": body.R_SHOULDER,
    "head": 12.5,
    "knee": body.R_KNEE,
    "ankle": body.R_ANKLE,
    "heel": 0.0,
    "ball": 0.0,
    "toe_joint": 0.0,
    "toe": 0.0,
    "elbow": body.R_ELBOW,
    "wrist": body.R_WRIST,
    "palm": body.R_PALM,
}


def radius(name: str) -> float:
    return RADII[name.split(".")[-1]]


WORDS = {
    "hip": "hips",
    "shoulder": "shoulders",
    "ball": "ball of the foot",
    "toe_joint": "toes",
    "toe": "toes",
    "palm": "hand",
}


def plain_name(name: str) -> str:
    """'near.toe' -> 'near toes', for messages."""
    *side, part = name.split(".")
    return " ".join([*side, WORDS.get(part, part)])


def lowest(solved: Solved) -> tuple[str, float]:
    """The body point whose outline reaches lowest, and how low (cm above the floor)."""
    name = min(solved.points, key=lambda n: (solved.points[n][1] - radius(n), n))
    return name, solved.points[name][1] - radius(name)


def _floor_problems(solved: Solved) -> list[str]:
    name, y = lowest(solved)
    if y < -FLOOR_TOLERANCE:
        return [f"the {plain_name(name)} would be {-y:.0f} cm below the floor"]
    return []


def _sink_problems(props: Sequence[Prop], solved: Solved) -> list[str]:
    """A point just under the top of a step, seat or bed has sunk into it."""
    problems = []
    for surface in shelves(props):
        if surface is FLOOR:
            continue
        for name, (x, y) in sorted(solved.points.items()):
            depth = surface.y - (y - radius(name))
            if surface.holds(x) and SINK_TOLERANCE < depth < 10.0:
                problems.append(
                    f"the {plain_name(name)} would sink {depth:.0f} cm into the {surface.kind}"
                )
                break
    return problems


LEG_POINTS = ("knee", "ankle", "heel", "ball", "toe")
HOVER = (3.0, 12.0)  # cm: a leg this far above what is under it looks like it floats


def _hover_problems(props: Sequence[Prop], solved: Solved) -> list[str]:
    """A leg that nearly touches the floor, bed or step but does not, looks like it floats.

    A foot lifted well clear (held up behind, or raised in front) is deliberate and allowed.
    """
    problems = []
    for side in ("near", "far"):
        gaps = []
        for part in LEG_POINTS:
            x, y = solved.points[f"{side}.{part}"]
            below = highest_under(props, x)
            gaps.append((y - radius(part) - below.y, below.kind.value))
        gap, surface = min(gaps)
        if HOVER[0] < gap < HOVER[1]:
            problems.append(
                f"the {side} leg floats {gap:.0f} cm above the {surface}; lower it, or rest "
                "it there with heel_at"
            )
    return problems


def pose_problems(props: Sequence[Prop], base: Base, pose: Pose) -> list[str]:
    """Everything wrong with one pose, as plain sentences (empty when it is fine)."""
    try:
        solved = solve(props, base, pose)
    except PoseError as error:
        return [str(error)]
    return _floor_problems(solved) + _sink_problems(props, solved) + _hover_problems(props, solved)


POINT_NAMES = {
    BodyPoint.HEAD: "head",
    BodyPoint.SHOULDERS: "shoulder",
    BodyPoint.HIPS: "hip",
}


def point_of(solved: Solved, point: BodyPoint) -> tuple[float, float]:
    """Where a named body point is in a solved pose."""
    if point in POINT_NAMES:
        return solved.points[POINT_NAMES[point]]
    side, part = point.value.split("-")
    key = {"toes": "toe", "hand": "palm"}.get(part, part)
    return solved.points[f"{side}.{key}"]


def movement_problem(
    props: Sequence[Prop], base: Base, moves: BodyPoint, start: Pose, end: Pose
) -> list[str]:
    """The arrow follows `moves`; it must move enough between start and end to be seen."""
    try:
        first, last = solve(props, base, start), solve(props, base, end)
    except PoseError:
        return []  # reported on the pose itself
    distance = length(sub(point_of(last, moves), point_of(first, moves)))
    if distance < MIN_MOVEMENT:
        return [
            f"the {moves.value.replace('-', ' ')} (moves) hardly changes place between start and "
            f"end ({distance:.1f} cm), so the arrow would show nothing; choose the part that "
            "moves most, or make the end pose differ more"
        ]
    return []


def figure_problems(figure: Figure) -> list[tuple[str, str]]:
    """(pose, sentence) for each pose of the figure that is wrong: "start" or "end"."""
    start = pose_problems(figure.props, figure.base, figure.start)
    end = pose_problems(figure.props, figure.base, figure.end)
    if not start and not end:
        end = movement_problem(figure.props, figure.base, figure.moves, figure.start, figure.end)
    return [(name, "; ".join(found)) for name, found in (("start", start), ("end", end)) if found]


def _figures(entries: Sequence[Entry], context: CheckContext) -> Iterator[tuple[RawRecord, Figure]]:
    """Every stretch's figure: from the record when it is valid, else from its raw data."""
    for entry in entries:
        figure = getattr(entry.record, "figure", None)
        if isinstance(figure, Figure):
            yield entry.raw, figure
    for raw in context.invalid:
        data = raw.data.get("figure") if isinstance(raw.data, dict) else None
        if raw.kind.model.model_fields.get("figure") is None or not isinstance(data, dict):
            continue
        try:
            yield raw, Figure.model_validate(data)
        except ValidationError:
            continue  # the validator reports what is wrong with the figure itself


def check_figures(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """One problem per pose that cannot be drawn as written."""
    return [
        located(raw, ("figure", pose), f'"{pose}": {sentence.rstrip(".")}.')
        for raw, figure in _figures(entries, context)
        for pose, sentence in figure_problems(figure)
    ]
