"""The night card: first aid and when to get help, printed large on one page for the bedside.

Printed, it was 8.5 pt in three columns: too small for an older reader in the night. Paper
now gets only what matters at 3 a.m., in large print (14 pt steps): the steps for the most
common cramp (the first first-aid record), the first step for the others, the stretch that
can be done in bed (that record's first stretch, drawn), and the signs that cannot wait. The
screen shows everything; the rest is marked screen-only, so paper stays one page.
"""

from __future__ import annotations

from ..dataset import Dataset
from ..models import FirstAid
from ..models.vocab import Urgency
from .first_aid import first_steps
from .icons import icon
from .links import Here
from .red_flags import help_summary
from .stretches import stretch_figure
from .text import html_text

# Shown on screen, left off paper: a doctor's visit in days can wait until morning.
SCREEN_ONLY = (Urgency.SOON, Urgency.ROUTINE)


def _aid(aid: FirstAid, printed: int) -> str:
    """One cramp's steps; only the first `printed` of them go on paper."""
    screen_only = ' class="nc-screen-only"'
    items = "".join(
        f"<li{'' if i < printed else screen_only}>{html_text(step)}</li>"
        for i, step in enumerate(aid.steps)
    )
    return (
        f'<div class="nc-night__aid"><h3>{html_text(aid.name)}</h3>'
        f'<ol class="nc-steps">{items}</ol></div>'
    )


def _figure(dataset: Dataset, aid: FirstAid) -> str:
    if not aid.stretches:
        return ""
    stretch = dataset.get("stretches", aid.stretches[0])
    drawn = stretch_figure(stretch)
    if not drawn:
        return ""
    return (
        f'<figure class="nc-night__figure">{drawn}'
        f"<figcaption>{html_text(stretch.name)}</figcaption></figure>"
    )


def night_card(dataset: Dataset, here: Here) -> str:
    """The most common cramp with its in-bed stretch, the other cramps, when to get help."""
    main, *others = dataset.first_aid
    aid = (
        '<div class="nc-night__main">'
        + _aid(main, len(first_steps(main)))
        + _figure(dataset, main)
        + "</div>\n"
        + "\n".join(_aid(a, 1) for a in others)
    )
    address = here.site_url or ""
    return (
        '<p class="nc-print-button" hidden><button type="button" class="md-button '
        f'md-button--primary" data-nc-print>{icon("print")}Print this card</button></p>\n'
        '<div class="nc-night">\n'
        f'<section class="nc-night__part" aria-labelledby="night-aid">\n'
        f'<h2 id="night-aid">During a cramp</h2>\n<div class="nc-night__grid">\n{aid}\n</div>\n'
        "</section>\n"
        '<section class="nc-night__part" aria-labelledby="night-help">\n'
        '<h2 id="night-help">When to get help</h2>\n'
        f"{help_summary(dataset, here, heading_level=3, screen_only=SCREEN_ONLY)}\n"
        '<p class="nc-print-only">Other signs that need a doctor, less urgently: '
        f"{html_text(address)}get-help/</p>\n</section>\n"
        f'<p class="nc-night__foot">General information, not medical advice. '
        f"{html_text(address)}</p>\n</div>"
    )
