"""Assemble one stretch's illustration: an inline, accessible, themeable, animated SVG.

Inline rather than a file under site/assets: every colour comes from the page's CSS custom
properties (so light and dark mode just work), which an <img> cannot inherit; a figure is a
few kilobytes and appears on one page, so a separate file would cost a request and save no
caching; and the site must also work opened from disk, where browsers refuse to load SVG
pieces from other files.
"""

from __future__ import annotations

from html import escape

from ...models.kinematics import solve
from ...models.records import Stretch
from .describe import describe
from .draw import person
from .scenery import arrow, arrow_points, floor, props_back, view_of

SVG_NS = "http://www.w3.org/2000/svg"
PIXELS_PER_CM = 2.0  # intrinsic size; CSS scales the picture to the column


def _halo(halo_id: str) -> str:
    """A thin outline, a darker shade of the body, round the near limbs (see draw.py)."""
    return (
        f'<filter id="{halo_id}" x="-20%" y="-20%" width="140%" height="140%">'
        '<feMorphology in="SourceAlpha" operator="dilate" radius="0.8" result="a"/>'
        '<feFlood class="hf"/><feComposite in2="a" operator="in"/>'
        '<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>'
    )


def figure_svg(stretch: Stretch) -> str:
    """The <svg> element alone, on one line, for embedding or for tests."""
    figure = stretch.figure
    start = solve(figure.props, figure.base, figure.start)
    end = solve(figure.props, figure.base, figure.end)
    cue = arrow_points(start, end, figure.moves)
    view = view_of([start, end], figure.props, list(cue))
    ident = f"nc-fig-{stretch.id}"
    words = describe(stretch.name, figure, stretch.target_muscles, start, end)
    width = round(view.w * PIXELS_PER_CM)
    height = round(view.h * PIXELS_PER_CM)
    return "".join(
        [
            f'<svg xmlns="{SVG_NS}" class="nc-fig" viewBox="{view.box()}" width="{width}" '
            f'height="{height}" role="img" aria-labelledby="{ident}-t" '
            f'aria-describedby="{ident}-d">',
            f'<title id="{ident}-t">{escape(stretch.name)}</title>',
            f'<desc id="{ident}-d">{escape(words)}</desc>',
            f"<defs>{_halo(ident + '-h')}</defs>",
            floor(view),
            props_back(figure.props, view),
            person(figure, stretch.target_muscles, start, end, ident + "-h"),
            arrow(cue),
            "</svg>",
        ]
    )


def render_figure(stretch: Stretch) -> str:
    """The illustration as inline HTML: a <figure> holding the SVG, all on one line.

    One line and a block-level wrapper keep Markdown from touching the markup when a page
    macro inserts it.
    """
    return f'<figure class="nc-figure">{figure_svg(stretch)}</figure>'
