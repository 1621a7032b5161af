"""Stretch illustrations drawn from pose data (issue 5).

`render_figure(stretch)` returns inline SVG markup for a stretch record. The package is pure:
geometry in, markup out, no files and no randomness, so the same data always gives a
byte-identical picture.
"""

from .render import figure_svg, render_figure

__all__ = ["figure_svg", "render_figure"]
