"""The guide page: every question with its answers as links, then every place a path ends.

Plain HTML that works with JavaScript off: each answer links to the next question's anchor or
to an end further down the page, and each end says what to do now and links the page to read.
docs/javascripts/guide.js turns the same markup into one question at a time.
"""

from __future__ import annotations

from ..dataset import Dataset
from ..models import GuideEnd, RedFlag
from ..models.guide_graph import Choice, Guide, Step, build_guide, end_key, ends
from .blocks import section
from .citations import Citations
from .icons import icon
from .links import Here, record_target
from .text import html_text
from .vocab import word

ANCHOR_PREFIX = "guide-"


def anchor(key: str) -> str:
    """The HTML id of a step or end on the guide page."""
    return ANCHOR_PREFIX + key


def _answer(choice: Choice, cites: Citations) -> str:
    if choice.step is not None:
        target = choice.step
    else:
        assert choice.end is not None, "an answer leads to a step or an end"
        target = end_key(choice.end)
    cited = f" {cites.cite(choice.sources)}" if choice.sources else ""
    return (
        f'<li><a class="nc-guide__answer" href="#{anchor(target)}" data-nc-go>'
        f"{html_text(choice.text)}</a>{cited}</li>"
    )


def _step(step: Step, cites: Citations) -> str:
    head_id = anchor(step.key) + "-q"
    hint = (
        f'<p class="nc-guide__hint">{html_text(step.summary)} {cites.cite(step.sources)}</p>'
        if step.summary
        else ""
    )
    answers = "\n".join(_answer(choice, cites) for choice in step.choices)
    return (
        f'<li class="nc-guide__step" id="{anchor(step.key)}" data-nc-step '
        f'aria-labelledby="{head_id}">\n'
        f'<h2 class="nc-guide__question" id="{head_id}" tabindex="-1">'
        f"{html_text(step.title)}</h2>\n"
        f'{hint}\n<ul class="nc-guide__answers">\n{answers}\n</ul>\n</li>'
    )


def _read_next(dataset: Dataset, end: GuideEnd, here: Here) -> str:
    """The page an end points to: its name as a link, and its summary."""
    pages = [t for t in end.targets() if t[1] != "red-flags"]
    if not pages:
        return ""
    _, collection, record_id = pages[0]
    record = dataset.get(collection, record_id)
    src, record_anchor_id = record_target(collection, record_id)
    return (
        f'<p class="nc-guide__next">Read next: <a href="{here.href(src, record_anchor_id)}">'
        f"{html_text(record.name)}</a></p>\n<p>{html_text(record.summary)}</p>"
    )


def _end(dataset: Dataset, end: GuideEnd, here: Here) -> str:
    """One end: the care level and action of its red flag, if any, then the page to read."""
    key = anchor(end_key(end))
    read_next = _read_next(dataset, end, here)
    if end.red_flag:
        flag: RedFlag = dataset.get("red-flags", end.red_flag)
        shown = word("urgency", flag.urgency)
        page, flag_anchor = record_target("red-flags", flag.id)
        heading = (
            f'{icon(shown.icon)}<span class="nc-care__level">{html_text(shown.label)}</span>'
            f'<span class="nc-sr-only">:</span> <span>{html_text(shown.meaning)}</span>'
        )
        body = (
            f'<p>You told us about: <a href="{here.href(page, flag_anchor)}">'
            f"{html_text(flag.name)}</a></p>\n"
            f'<p class="nc-care__action">{icon("info")}<span>What to do now: '
            f"{html_text(flag.action)}</span></p>\n{read_next}"
        )
        classes = f"nc-care nc-care--{flag.urgency.value}"
    else:
        heading = "Where to go next"
        body = read_next
        classes = "nc-care nc-care--page"
    return (
        f'<section class="nc-guide__end {classes}" id="{key}" data-nc-end '
        f'aria-labelledby="{key}-head">\n'
        f'<h3 class="nc-care__head" id="{key}-head" tabindex="-1">{heading}</h3>\n'
        f'<div class="nc-care__body">\n{body}\n</div>\n</section>'
    )


def guide_markup(dataset: Dataset, guide: Guide, here: Here, cites: Citations) -> str:
    """The steps as an ordered list, then the ends, inside one container the script finds."""
    steps = "\n".join(_step(step, cites) for step in guide.steps)
    end_parts = "\n".join(_end(dataset, end, here) for end in ends(guide))
    return (
        f'<div class="nc-guide" data-nc-guide data-nc-start="{anchor(guide.start or "")}">\n'
        f'<ol class="nc-guide__steps">\n{steps}\n</ol>\n'
        '<h2 class="nc-guide__ends-title" id="guide-ends">Where the answers lead</h2>\n'
        f'<div class="nc-guide__ends">\n{end_parts}\n</div>\n</div>'
    )


def guide_page(dataset: Dataset, here: Here) -> str:
    """The guide from the red flags and data/guide.yaml, then the sources it cites."""
    guide = build_guide(dataset.red_flags, dataset.guide_questions)
    cites = Citations(dataset, here)
    return (
        guide_markup(dataset, guide, here, cites) + "\n\n" + section("Sources", cites.references())
    )
