"""The causes index (grouped by kind) and the page of one cause."""

from __future__ import annotations

from ..dataset import Dataset
from ..models import Cause
from ..models.vocab import CauseKind
from .blocks import (
    also_called,
    dont_stop_box,
    fact_list,
    link_list,
    mention_boxes,
    section,
    step_list,
)
from .citations import Citations
from .jsonld import condition, named
from .links import Here, record_src
from .page import record_end
from .text import html_text, md_text, slug_anchor
from .vocab import CAUSE_KINDS, badge, rank, word


def cause_page(dataset: Dataset, cause_id: str, here: Here) -> str:
    """One cause: how strong the link is, what the studies say, what to do, related pages."""
    cause: Cause = dataset.get("causes", cause_id)
    cites = Citations(dataset, here)
    strength = word("strength", cause.strength)
    group, _ = CAUSE_KINDS[cause.kind]
    medicines = ""
    if cause.medications:
        medicines = (
            dont_stop_box() + "\n\n" + link_list(dataset, "medications", cause.medications, here)
        )
    remedies = link_list(dataset, "remedies", cause.remedies, here)
    if remedies:
        remedies += "\n\n" + mention_boxes(
            dataset, [dataset.get("remedies", r) for r in cause.remedies], here
        )
    claims = [c.id for c in dataset.claims if cause_id in c.causes]
    parts = [
        f"# {md_text(cause.name)}",
        also_called(cause),
        f'<dl class="nc-grades"><div class="nc-grade"><dt>How sure is the link?</dt><dd>'
        f'{badge("strength", cause.strength)}<span class="nc-grade__meaning">'
        f"{html_text(strength.meaning)}</span></dd></div>"
        f'<div class="nc-grade"><dt>Group</dt><dd>{html_text(group)}</dd></div></dl>',
        f"{md_text(cause.summary)} {cites.cite(cause.sources)}",
        section("What the research says", fact_list(cause.evidence, cites)),
        section("What you can do", step_list(cause.what_to_do, ordered=False)),
        section("Medicines linked to cramps", medicines),
        section("Remedies to look at", remedies.strip()),
        section("Myths and facts", link_list(dataset, "claims", claims, here)),
        record_end(
            cause,
            here,
            cites,
            condition(riskFactor=named("MedicalRiskFactor", cause.name, cause.aliases)),
        ),
    ]
    return "\n\n".join(part for part in parts if part)


def causes_index(dataset: Dataset, here: Here) -> str:
    """Every cause, grouped by kind, strongest links first within each group."""
    groups = []
    for kind in CauseKind:
        causes = sorted(
            (c for c in dataset.causes if c.kind is kind),
            key=lambda c: (rank("strength", c.strength), c.name.lower()),
        )
        if not causes:
            continue
        title, blurb = CAUSE_KINDS[kind]
        items = "\n".join(
            f'<li class="nc-card"><a class="nc-card__title" '
            f'href="{here.href(record_src("causes", c.id))}">{html_text(c.name)}</a>'
            f"{badge('strength', c.strength)}<p>{html_text(c.summary)}</p></li>"
            for c in causes
        )
        extra = dont_stop_box() + "\n" if kind is CauseKind.MEDICINE else ""
        groups.append(
            f"## {md_text(title)} {{#{slug_anchor('kind', kind.value)}}}\n\n"
            f"{md_text(blurb)}\n\n{extra}"
            f'<ul class="nc-cards">\n{items}\n</ul>'
        )
    return "\n\n".join(groups)
