"""The safety marks shared by the evidence map and the remedies-in-short list.

Safety is shown by shape as well as colour (circle, diamond, triangle, and an octagon like a
stop sign), and always named in words next to it, so no reader depends on colour alone.
"""

from __future__ import annotations

import math

from ..models.vocab import Safety


def shape(safety: Safety, x: float, y: float, r: float = 6.0) -> str:
    """The mark for one safety level: circle, diamond, triangle or octagon (like a stop sign)."""
    if safety is Safety.SAFE:
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
    if safety is Safety.CAUTION:
        points = [(x, y - r * 1.25), (x + r * 1.25, y), (x, y + r * 1.25), (x - r * 1.25, y)]
    elif safety is Safety.WARNING:
        points = [(x, y - r * 1.2), (x + r * 1.2, y + r), (x - r * 1.2, y + r)]
    else:
        points = [
            (
                x + r * 1.1 * math.cos(math.radians(22.5 + 45 * i)),
                y + r * 1.1 * math.sin(math.radians(22.5 + 45 * i)),
            )
            for i in range(8)
        ]
    coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    return f'<polygon points="{coords}"/>'


def key_mark(safety: Safety) -> str:
    """One mark as a small standalone icon, next to the word it stands for."""
    return (
        f'<svg class="nc-map__key nc-map__mark--{safety.value}" viewBox="0 0 16 16" width="16" '
        f'height="16" aria-hidden="true" focusable="false">{shape(safety, 8, 8, 5.5)}</svg>'
    )
