"""The night card: first aid and when to get help on one printable page."""

from __future__ import annotations

from ..dataset import Dataset
from .icons import icon
from .links import Here
from .red_flags import help_summary
from .text import html_text


def night_card(dataset: Dataset, here: Here) -> str:
    """Every first-aid record's steps, then every red flag with its action, compactly."""
    aid = "\n".join(
        f'<div class="nc-night__aid"><h3>{html_text(a.name)}</h3><ol class="nc-steps">'
        + "".join(f"<li>{html_text(s)}</li>" for s in a.steps)
        + "</ol></div>"
        for a in dataset.first_aid
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
        f"{help_summary(dataset, here, heading_level=3)}\n</section>\n"
        f'<p class="nc-night__foot">General information, not medical advice. '
        f"{html_text(address)}</p>\n</div>"
    )
