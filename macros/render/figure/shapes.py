"""Outlines of body parts and props as compact SVG path data.

Each body part is the rounded hull of a few circles, drawn in the part's own frame. A hull of
circles gives soft, natural limbs (thick at the hip, slim at the ankle, a bulge for the calf)
from a handful of numbers, and because the shape never changes only the frame moves: that is
what lets CSS animate the figure with plain rotations.

Numbers are printed with one decimal: a figure is about 180 units tall and drawn at most a few
hundred pixels high, so a tenth of a unit is below a pixel, and the fixed format makes the
output byte-identical from run to run.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ...models.kinematics.body import Circle

STEP_DEGREES = 5


def fmt(value: float) -> str:
    """A number with at most one decimal, no trailing zeros, and never '-0'."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text


def _cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _hull(points: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """Convex hull (Andrew's monotone chain); each point keeps the index of its circle."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower: list[tuple[float, float, int]] = []
    for p in pts:
        while len(lower) >= 2 and _cross(lower[-2][:2], lower[-1][:2], p[:2]) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float, int]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and _cross(upper[-2][:2], upper[-1][:2], p[:2]) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def hull_path(circles: Sequence[Circle]) -> str:
    """Path data for the rounded hull of circles: arcs along each circle, lines between."""
    samples = [
        (
            round(c.x + c.r * math.cos(math.radians(a)), 4),
            round(c.y + c.r * math.sin(math.radians(a)), 4),
            index,
        )
        for index, c in enumerate(circles)
        for a in range(0, 360, STEP_DEGREES)
    ]
    hull = _hull(samples)
    # Start where the circle changes, so every run of points on one circle is contiguous.
    start = next(
        (i for i in range(len(hull)) if hull[i][2] != hull[i - 1][2]),
        0,
    )
    ring = hull[start:] + hull[:start]
    parts = [f"M{fmt(ring[0][0])} {fmt(ring[0][1])}"]
    i = 0
    while i < len(ring):
        j = i
        while j + 1 < len(ring) and ring[j + 1][2] == ring[i][2]:
            j += 1
        if j > i:
            c = circles[ring[i][2]]
            first = math.atan2(ring[i][1] - c.y, ring[i][0] - c.x)
            last = math.atan2(ring[j][1] - c.y, ring[j][0] - c.x)
            swept = math.degrees(last - first) % 360
            large = 1 if swept > 180 else 0
            parts.append(f"A{fmt(c.r)} {fmt(c.r)} 0 {large} 1 {fmt(ring[j][0])} {fmt(ring[j][1])}")
        nxt = ring[(j + 1) % len(ring)]
        parts.append(f"L{fmt(nxt[0])} {fmt(nxt[1])}")
        i = j + 1
    parts[-1] = "Z"
    return "".join(parts)


def circle_hull_tag(circles: Sequence[Circle], cls: str) -> str:
    return f'<path class="{cls}" d="{hull_path(circles)}"/>'


def hulls_tag(hulls: Sequence[Sequence[Circle]], cls: str) -> str:
    """Several hulls as one path: one silhouette with no seams where they overlap.

    Every hull runs the same way round, so the default nonzero fill paints their union, and a
    single path means anti-aliased edges never meet inside the shape.
    """
    return f'<path class="{cls}" d="{"".join(hull_path(h) for h in hulls)}"/>'


def ellipse_tag(cx: float, cy: float, rx: float, ry: float, cls: str) -> str:
    return f'<ellipse class="{cls}" cx="{fmt(cx)}" cy="{fmt(cy)}" rx="{fmt(rx)}" ry="{fmt(ry)}"/>'


def circle_tag(c: Circle, cls: str) -> str:
    return f'<circle class="{cls}" cx="{fmt(c.x)}" cy="{fmt(c.y)}" r="{fmt(c.r)}"/>'


def rect_tag(x: float, y: float, w: float, h: float, cls: str, r: float = 0.0) -> str:
    rounded = f' rx="{fmt(r)}"' if r else ""
    return (
        f'<rect class="{cls}" x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" '
        f'height="{fmt(h)}"{rounded}/>'
    )
