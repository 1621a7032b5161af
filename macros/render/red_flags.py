"""When to get help: red flags grouped by urgency as care cards that say what to do."""

from __future__ import annotations

from collections.abc import Collection

from ..dataset import Dataset
from ..models import RedFlag
from ..models.vocab import Urgency
from .blocks import search_words, section
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


def _card(urgency: Urgency, body: str, heading_level: int = 2, *, in_toc: bool = False) -> str:
    """One care card: a heading that names the urgency and what to do, then the red flags.

    With `in_toc` the heading is Markdown (md_in_html) so it joins the page's table of
    contents; that only works at the top level of a page, so summaries use an HTML heading.
    """
    shown = word("urgency", urgency)
    anchor = f"care-{urgency.value}"
    text = (
        f'{icon(shown.icon)}<span class="nc-care__level">{html_text(shown.label)}</span>'
        f'<span class="nc-sr-only">:</span> <span>{html_text(HEADINGS[urgency])}:</span>'
    )
    if in_toc:
        heading = f"{'#' * heading_level} {text} {{#{anchor} .nc-care__head}}"
    else:
        heading = f'<h{heading_level} class="nc-care__head" id="{anchor}">{text}</h{heading_level}>'
    markdown = ' markdown="1"' if in_toc else ""
    return (
        f'<section class="nc-care nc-care--{urgency.value}" aria-labelledby="{anchor}"{markdown}>'
        f'\n\n{heading}\n\n<div class="nc-care__body">\n{body}\n</div>\n\n</section>'
    )


def flag_cards(flags: list[RedFlag], here: Here, cites: Citations, heading_level: int = 2) -> str:
    """These red flags as care cards, one per urgency (most urgent first), each flag with
    what it is, its sources and what to do."""
    cards = []
    for urgency in Urgency:
        group = [f for f in flags if f.urgency is urgency]
        if not group:
            continue
        items = "\n".join(
            f'<li id="{record_anchor("red-flags", f.id)}"><strong>{html_text(f.name)}</strong>'
            f"<p>{html_text(f.summary)} {cites.cite(f.sources)}</p>"
            f'<p class="nc-care__action">{icon("info")}<span>{html_text(f.action)}</span></p></li>'
            for f in group
        )
        cards.append(
            _card(
                urgency, f'<ul class="nc-care__list">\n{items}\n</ul>', heading_level, in_toc=True
            )
        )
    return "\n\n".join(cards)


def care_cards(dataset: Dataset, here: Here) -> str:
    """The When to get help page: one card per urgency, each flag with what to do."""
    cites = Citations(dataset, here)
    return "\n\n".join(
        [
            flag_cards(list(dataset.red_flags), here, cites),
            section("Sources", cites.references()),
            search_words(dataset.red_flags),
        ]
    )


def help_summary(
    dataset: Dataset,
    here: Here,
    heading_level: int = 3,
    screen_only: Collection[Urgency] = (),
) -> str:
    """The short form for the home page and night card: each flag and its action.

    Cards at a `screen_only` urgency are left off paper (the night card prints only what
    cannot wait, large enough to read at the bedside).
    """
    page, _ = record_target("red-flags", "")
    cards = []
    for urgency, flags in by_urgency(dataset):
        items = "\n".join(
            f'<li><a href="{here.href(page, record_anchor("red-flags", f.id))}">'
            f'{html_text(f.name)}</a> <span class="nc-care__action">{html_text(f.action)}'
            "</span></li>"
            for f in flags
        )
        card = _card(urgency, f'<ul class="nc-care__list">\n{items}\n</ul>', heading_level)
        cards.append(
            f'<div class="nc-screen-only">{card}</div>' if urgency in screen_only else card
        )
    return '<div class="nc-care-group">\n' + "\n".join(cards) + "\n</div>"
