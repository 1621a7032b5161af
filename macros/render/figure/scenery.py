"""Everything around the person: the floor, the props, the arrow, and the picture's frame.

Props are drawn in SVG coordinates (y down) from the same measurements the checks use, so a
hand that the checks put on the wall is drawn on the wall. The arrow follows the body point
named in the data from where it starts to where it ends, bowed gently and set beside the body
on whichever side has more room, so it never hides the part it points at.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...checks.figure import point_of, radius
from ...models.kinematics import Solved
from ...models.kinematics import props as world
from ...models.kinematics.geometry import Vec, add, length, lerp, scale, sub
from ...models.pose import BodyPoint, Prop, PropKind
from .shapes import fmt, rect_tag

PAD = 7.0
ARROW_GAPS = (10.0, 16.0, 22.0, 30.0)  # cm from the moving point, nearest tried first
ARROW_MIN = 18.0  # cm: shorter movements still get an arrow long enough to read


@dataclass(frozen=True)
class View:
    """The visible area in SVG units (y down): left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def box(self) -> str:
        return f"{fmt(self.x)} {fmt(self.y)} {fmt(self.w)} {fmt(self.h)}"


def _body_extent(poses: Iterable[Solved]) -> list[Vec]:
    found = []
    for pose in poses:
        for name, (x, y) in pose.points.items():
            r = radius(name) + (2.0 if name.endswith(("toe", "heel", "ball")) else 0.0)
            found.extend([(x - r, y - r), (x + r, y + r)])
        head = pose.points["head"]
        found.extend([(head[0] - 13, head[1] + 14), (head[0] + 13, head[1] + 14)])
    return found


def _prop_extent(prop: Prop, body_right: float) -> list[Vec]:
    x = float(prop.x or 0.0)
    if prop.kind is PropKind.WALL:
        return [(x + 8.0, 0.0)]
    if prop.kind is PropKind.CHAIR:
        return [(x - 1.0, 0.0), (x + world.CHAIR_DEPTH + 1.0, world.CHAIR_BACK_TOP + 2.0)]
    if prop.kind is PropKind.STEP:
        return [(x - 2.0, 0.0), (x + world.STEP_DEPTH + 12.0, 2 * float(prop.height or 18))]
    if prop.kind is PropKind.BED:
        return [(x - 6.0, world.HEADBOARD_TOP + 2.0), (body_right, 0.0)]
    if prop.kind is PropKind.STOOL:
        return [(x - 1.0, 0.0), (x + world.STOOL_DEPTH + 1.0, float(prop.height or 30))]
    return []


def view_of(poses: Sequence[Solved], props: Sequence[Prop], extra: Sequence[Vec]) -> View:
    """The smallest box holding the person in both poses, the props and the arrow."""
    points = _body_extent(poses)
    body_right = max(p[0] for p in points)
    for prop in props:
        points.extend(_prop_extent(prop, body_right + 10.0))
    points.extend(extra)
    points.append((points[0][0], -4.0))  # a strip of floor
    left = min(p[0] for p in points) - PAD
    right = max(p[0] for p in points) + PAD
    top = max(p[1] for p in points) + PAD
    bottom = min(p[1] for p in points) - 2.0
    return View(left, -top, right - left, top - bottom)


def floor(view: View) -> str:
    """The floor: a soft band with a firm line on top."""
    return rect_tag(view.x, 0.0, view.w, view.bottom, "fl") + (
        f'<path class="pe" d="M{fmt(view.x)} 0H{fmt(view.right)}"/>'
    )


def _wall(prop: Prop, view: View) -> str:
    x = float(prop.x or 0.0)
    return rect_tag(x, view.y - 1, view.right - x + 1, -view.y + 1, "p") + (
        f'<path class="pe" d="M{fmt(x)} {fmt(view.y - 1)}V0"/>'
        + rect_tag(x, -7.0, view.right - x + 1, 7.0, "pe")
    )


def _chair(prop: Prop) -> str:
    x = float(prop.x or 0.0)
    seat, back, depth = world.CHAIR_SEAT, world.CHAIR_BACK_TOP, world.CHAIR_DEPTH
    return "".join(
        [
            rect_tag(x, -back, world.CHAIR_BACK, back, "pe", 1.5),
            rect_tag(x + 0.5, -seat, depth, 4.5, "pe", 1.5),
            rect_tag(x + depth - 3.5, -seat + 2, 3.0, seat - 2, "pe", 1.0),
            rect_tag(x + 4.0, -back + 6, 2.0, back - seat - 8, "p"),
        ]
    )


def _step(prop: Prop, view: View) -> str:
    x = float(prop.x or 0.0)
    h = float(prop.height or world.STEP_HEIGHT)
    d = world.STEP_DEPTH
    return "".join(
        [
            rect_tag(x + d, -2 * h, view.right - x - d + 1, 2 * h, "p"),
            rect_tag(x, -h, view.right - x + 1, h, "p"),
            f'<path class="pe" d="M{fmt(x)} 0V{fmt(-h)}H{fmt(x + d)}V{fmt(-2 * h)}'
            f'H{fmt(view.right + 1)}"/>',
            rect_tag(
                x + 2.0, -world.rail_y(prop, x + 3.5), 3.0, world.rail_y(prop, x + 3.5) - h, "pe"
            ),
            f'<path class="rl" d="M{fmt(x)} {fmt(-world.rail_y(prop, x))}'
            f'L{fmt(view.right + 1)} {fmt(-world.rail_y(prop, view.right + 1))}"/>',
        ]
    )


def _stool(prop: Prop) -> str:
    x = float(prop.x or 0.0)
    h = float(prop.height or world.STOOL_HEIGHT)
    d = world.STOOL_DEPTH
    return "".join(
        [
            rect_tag(x + 2.0, -h + 3, 3.0, h - 3, "pe", 1.0),
            rect_tag(x + d - 5.0, -h + 3, 3.0, h - 3, "pe", 1.0),
            rect_tag(x, -h, d, 4.5, "pe", 1.5),
        ]
    )


def _bed(prop: Prop, view: View) -> str:
    x = float(prop.x or 0.0)
    top = world.BED_TOP
    right = view.right + 4
    return "".join(
        [
            rect_tag(x - 5.0, -world.HEADBOARD_TOP, 5.0, world.HEADBOARD_TOP, "pe", 2.0),
            rect_tag(x, -top + 20, right - x, 8.0, "pe"),
            rect_tag(x, -top, right - x, 20.0, "p", 4.0),
            rect_tag(x + 4.0, -26.0, 3.0, 26.0, "pe"),
            f'<ellipse class="p" cx="{fmt(x + 8)}" cy="{fmt(-top - 13)}" rx="7" ry="14" '
            f'transform="rotate(-14 {fmt(x + 8)} {fmt(-top - 13)})"/>',
        ]
    )


def props_back(props: Sequence[Prop], view: View) -> str:
    """Props behind the person, in a fixed order so output never depends on list order."""
    drawn = []
    by_kind = {p.kind: p for p in props}
    if PropKind.WALL in by_kind:
        drawn.append(_wall(by_kind[PropKind.WALL], view))
    if PropKind.STEP in by_kind:
        drawn.append(_step(by_kind[PropKind.STEP], view))
    if PropKind.BED in by_kind:
        drawn.append(_bed(by_kind[PropKind.BED], view))
    if PropKind.CHAIR in by_kind:
        drawn.append(_chair(by_kind[PropKind.CHAIR]))
    if PropKind.STOOL in by_kind:
        drawn.append(_stool(by_kind[PropKind.STOOL]))
    return "".join(drawn)


def _capsules(pose: Solved) -> list[tuple[Vec, Vec, float]]:
    """The body as thick line segments, for keeping the arrow clear of it."""
    p = pose.points
    found = [(p["hip"], p["shoulder"], 11.0), (p["shoulder"], p["head"], 12.0)]
    for side in ("near", "far"):
        s = f"{side}."
        found += [
            (p["hip"], p[s + "knee"], 7.5),
            (p[s + "knee"], p[s + "ankle"], 5.5),
            (p[s + "heel"], p[s + "toe"], 4.0),
            (p["shoulder"], p[s + "elbow"], 4.5),
            (p[s + "elbow"], p[s + "wrist"], 3.5),
            (p[s + "wrist"], p[s + "palm"], 4.0),
        ]
    return found


def _distance_to_segment(point: Vec, a: Vec, b: Vec) -> float:
    ab = sub(b, a)
    span = ab[0] * ab[0] + ab[1] * ab[1]
    t = (
        0.0
        if span == 0
        else max(0.0, min(1.0, ((point[0] - a[0]) * ab[0] + (point[1] - a[1]) * ab[1]) / span))
    )
    return length(sub(point, add(a, scale(ab, t))))


def _clearance(points: Sequence[Vec], capsules: Sequence[tuple[Vec, Vec, float]]) -> float:
    return min(_distance_to_segment(p, a, b) - r for p in points for a, b, r in capsules)


def arrow_points(start: Solved, end: Solved, moves: BodyPoint) -> tuple[Vec, Vec, Vec]:
    """Start, bend and end of the arrow in world units, beside the body where it has room.

    Nearest placement first (beside the path, then before or after it), so the arrow stays
    next to the part it describes; the first placement 4 cm clear of the body in both poses
    wins, or else the one with the most room.
    """
    a, b = point_of(start, moves), point_of(end, moves)
    chord = sub(b, a)
    span = max(length(chord), 1e-6)
    unit = scale(chord, 1 / span)
    middle = lerp(a, b, 0.5)
    if span < ARROW_MIN:
        a, b = add(middle, scale(unit, -ARROW_MIN / 2)), add(middle, scale(unit, ARROW_MIN / 2))
        span = ARROW_MIN
    normal = (-unit[1], unit[0])
    capsules = _capsules(start) + _capsules(end)
    best: tuple[float, tuple[Vec, Vec, Vec]] | None = None
    slide = span / 2 + 14.0
    for along in (0.0, -slide, slide):
        for gap in ARROW_GAPS:
            for sign in (1.0, -1.0):
                shift = add(scale(normal, sign * gap), scale(unit, along))
                bend = add(add(middle, shift), scale(normal, sign * span * 0.18))
                candidate = (add(a, shift), bend, add(b, shift))
                samples = [lerp(candidate[0], candidate[2], t) for t in (0.0, 0.25, 0.5, 0.75, 1.0)]
                room = _clearance([*samples, bend], capsules)
                if room >= 4.0:
                    return candidate
                if best is None or room > best[0]:
                    best = (room, candidate)
    assert best is not None
    return best[1]


def arrow(points: tuple[Vec, Vec, Vec]) -> str:
    """A bowed arrow with a solid head, drawn from world points."""
    (x0, y0), (cx, cy), (x1, y1) = points
    tx, ty = x1 - cx, y1 - cy
    norm = math.hypot(tx, ty) or 1.0
    tx, ty = tx / norm, ty / norm
    tip = (x1 + tx * 2.5, y1 + ty * 2.5)
    base = (x1 - tx * 4.5, y1 - ty * 4.5)
    left = (base[0] - ty * 3.6, base[1] + tx * 3.6)
    right = (base[0] + ty * 3.6, base[1] - tx * 3.6)

    def pt(p: Vec) -> str:
        return f"{fmt(p[0])} {fmt(-p[1])}"

    return (
        f'<path class="c" d="M{pt((x0, y0))}Q{pt((cx, cy))} {pt(base)}"/>'
        f'<path class="ch" d="M{pt(tip)}L{pt(left)}L{pt(right)}Z"/>'
    )
