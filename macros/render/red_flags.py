"""When to get help: red flags grouped by urgency as care cards that say what to do."""

from __future__ import annotations

from ..dataset import Dataset
from ..models import RedFlag
from ..models.vocab import Urgency
from .blocks import section
from .citations import Citations
from .icons import icon
from .links import Here, record_anchor, record_target
from .text import html_text
from .vocab import word

HEADINGS = {
    Urgency.EMERGENCY: "Call an ambulance if",
    Urgency.URGENT: "Get help today if",
    Urgency.SOON: "See a doctor in the next few days if",
    Urgency.ROUTINE: "Mention it to your doctor if",
}


def by_urgency(dataset: Dataset) -> list[tuple[Urgency, list[RedFlag]]]:
    """Red flags grouped by urgency, most urgent first; empty groups left out."""
    groups = [(u, [f for f in dataset.red_flags if f.urgency is u]) for u in Urgency]
    return [(u, flags) for u, flags in groups if flags]


def _card(urgency: Urgency, body: str, heading_level: int = 2) -> str:
    shown = word("urgency", urgency)
    h = f"h{heading_level}"
    return (
        f'<section class="nc-care nc-care--{urgency.value}" '
        f'aria-labelledby="care-{urgency.value}">\n'
        f'<{h} class="nc-care__head" id="care-{urgency.value}">{icon(shown.icon)}'
        f'<span class="nc-care__level">{html_text(shown.label)}</span>'
        f"<span>{html_text(HEADINGS[urgency])}:</span></{h}>\n"
        f'<div class="nc-care__body">\n{body}\n</div>\n</section>'
    )


def care_cards(dataset: Dataset, here: Here) -> str:
    """The When to get help page: one card per urgency, each flag with what to do."""
    cites = Citations(dataset, here)
    cards = []
    for urgency, flags in by_urgency(dataset):
        items = "\n".join(
            f'<li id="{record_anchor("red-flags", f.id)}"><strong>{html_text(f.name)}</strong>'
            f"<p>{html_text(f.summary)} {cites.cite(f.sources)}</p>"
            f'<p class="nc-care__action">{icon("info")}<span>{html_text(f.action)}</span></p></li>'
            for f in flags
        )
        cards.append(_card(urgency, f'<ul class="nc-care__list">\n{items}\n</ul>'))
    return "\n\n".join(cards) + "\n\n" + section("Sources", cites.references())


def help_summary(dataset: Dataset, here: Here, heading_level: int = 3) -> str:
    """The short form for the home page and night card: each flag and its action."""
    page, _ = record_target("red-flags", "")
    cards = []
    for urgency, flags in by_urgency(dataset):
        items = "\n".join(
            f'<li><a href="{here.href(page, record_anchor("red-flags", f.id))}">'
            f"{html_text(f.name)}</a> <span class=\"nc-care__action\">{html_text(f.action)}"
            "</span></li>"
            for f in flags
        )
        cards.append(_card(urgency, f'<ul class="nc-care__list">\n{items}\n</ul>', heading_level))
    return '<div class="nc-care-group">\n' + "\n".join(cards) + "\n</div>"
