"""What to do during a cramp: the home page card and the full first-aid page."""

from __future__ import annotations

from ..dataset import Dataset
from ..models import FirstAid
from .blocks import link_list, search_words, section
from .citations import Citations
from .icons import icon
from .links import Here, record_anchor, record_target
from .text import html_text, md_text


def _steps(aid: FirstAid) -> str:
    items = "".join(f"<li>{html_text(step)}</li>" for step in aid.steps)
    return f'<ol class="nc-steps">{items}</ol>'


# How much step text fits the home card on a 375×667 phone screen with nothing scrolled.
CARD_BUDGET = 320
CARD_MIN_STEPS = 2


def first_steps(aid: FirstAid) -> list[str]:
    """The first steps, in the data's order (most important first), within the card's budget."""
    shown: list[str] = []
    for step in aid.steps:
        used = sum(len(s) for s in shown)
        if len(shown) >= CARD_MIN_STEPS and used + len(step) > CARD_BUDGET:
            break
        shown.append(step)
    return shown


def first_aid_card(dataset: Dataset, here: Here) -> str:
    """'Cramp right now?': the first (most common) cramp's first steps, on one phone screen.

    The rest of the steps, and the other places a cramp can be, are one tap away.
    """
    if not dataset.first_aid:
        return ""
    main, *others = dataset.first_aid
    page, _ = record_target("first-aid", main.id)
    steps = first_steps(main)
    items = "".join(f"<li>{html_text(step)}</li>" for step in steps)
    rest = len(main.steps) - len(steps)
    links = []
    if rest:
        links.append(
            f'<a class="nc-now__all" href="{here.href(page, record_anchor("first-aid", main.id))}">'
            f"{rest} more step{'s' if rest > 1 else ''}</a>"
        )
    links += [
        f'<a href="{here.href(page, record_anchor("first-aid", a.id))}">{html_text(a.name)}</a>'
        for a in others
    ]
    more_line = f'<p class="nc-now__more">{" · ".join(links)}</p>' if links else ""
    return (
        '<section class="nc-now" aria-labelledby="cramp-now">\n'
        f'<h2 id="cramp-now">{icon("clock")}Cramp right now?</h2>\n'
        f'<p class="nc-now__lead">{html_text(main.name)}:</p>\n'
        f'<ol class="nc-steps">{items}</ol>\n{more_line}\n</section>'
    )


def _sources_after(aid: FirstAid, cites: Citations) -> str:
    """The sources for a cramp's summary and steps, once, after the steps: a reader in pain
    reads the steps without numbers in the way; a checker taps a number to reach a source."""
    return f'<p class="nc-sources-for">Sources for this advice: {cites.links(aid.sources)}</p>'


def first_aid_page(dataset: Dataset, here: Here) -> str:
    """Every first-aid record with its steps, the stretches that help, and its sources."""
    cites = Citations(dataset, here)
    parts = []
    for aid in dataset.first_aid:
        parts.append(
            f"## {md_text(aid.name)} {{#{record_anchor('first-aid', aid.id)}}}\n\n"
            f"{md_text(aid.summary)}\n\n{_steps(aid)}\n\n{_sources_after(aid, cites)}"
        )
        if aid.stretches:
            parts.append(
                "Stretches that help:\n\n" + link_list(dataset, "stretches", aid.stretches, here)
            )
    parts.append(section("Sources", cites.references()))
    parts.append(search_words(dataset.first_aid))
    return "\n\n".join(parts)
