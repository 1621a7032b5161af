"""Myths and facts: every popular claim with its verdict and what is actually true.

Seventy claims in one column were about fifty phone screens with no way in, opening with
claims nobody searches for ("Night leg cramps are common"). So the page is grouped by topic,
the topics readers ask about most first (what to do during a cramp, then remedies), with a
jump list at the top; each claim is folded to one line (the claim and its verdict) that
opens to the correction, the evidence and its sources. A link to a claim opens it
(javascripts/claims.js; browsers also open a folded target themselves).
"""

from __future__ import annotations

from collections.abc import Callable

from ..dataset import Dataset
from ..models import Claim
from ..models.vocab import ClaimVerdict, RemedyKind, RemedyUse
from .blocks import mention_boxes, section
from .citations import Citations
from .links import Here, record_anchor, record_target
from .text import html_text
from .vocab import badge

ORIGINS = {"popular-advice": "Popular advice", "online-article": "Seen in online articles"}


def _related(dataset: Dataset, claim: Claim, here: Here) -> str:
    links = []
    for collection, ids in (("remedies", claim.remedies), ("causes", claim.causes)):
        for record_id in ids:
            src, anchor = record_target(collection, record_id)
            name = dataset.get(collection, record_id).name
            links.append(f'<a href="{here.href(src, anchor)}">{html_text(name)}</a>')
    return f'<p class="nc-claimbox__more">Read more: {", ".join(links)}</p>' if links else ""


def claim_block(dataset: Dataset, claim: Claim, here: Here, cites: Citations) -> str:
    """One claim, folded: the claim as heading with its verdict word; open, the correction,
    the detail with its sources, and any serious warning about a remedy it names."""
    boxes = mention_boxes(dataset, [dataset.get("remedies", r) for r in claim.remedies], here)
    anchor = record_anchor("claims", claim.id)
    return (
        f'<details class="nc-claim nc-claim--{claim.verdict.value}">\n'
        f'<summary><h3 id="{anchor}" class="nc-claim__name">{html_text(claim.name)}</h3>'
        f'<span class="nc-claim__verdict">{badge("claim", claim.verdict)}</span></summary>\n'
        f'<div class="nc-claimbox nc-claimbox--{claim.verdict.value}">\n'
        f'<p class="nc-claimbox__verdict">{badge("claim", claim.verdict, explain=True)}'
        f'<span class="nc-claimbox__origin">{html_text(ORIGINS[claim.origin.value])}</span></p>\n'
        f'<p class="nc-claimbox__correction"><strong>{html_text(claim.correction)}</strong></p>\n'
        f"<p>{html_text(claim.summary)} {cites.cite(claim.sources)}</p>\n"
        f"{_related(dataset, claim, here)}\n</div>"
        + (f"\n{boxes}" if boxes else "")
        + "\n</details>"
    )


def _remedy_uses(dataset: Dataset, claim: Claim) -> set[RemedyUse]:
    return {use for r in claim.remedies for use in dataset.get("remedies", r).use}


def _is_medicine(dataset: Dataset, claim: Claim) -> bool:
    prescription = any(
        dataset.get("remedies", r).kind is RemedyKind.PRESCRIPTION for r in claim.remedies
    )
    return prescription or "medicines" in claim.causes


# Topics, the most asked first. Each claim goes under the first topic that fits it, judged
# from what it links to (its remedies and causes), so a new claim needs no extra field.
TOPICS: tuple[tuple[str, str, Callable[[Dataset, Claim], bool]], ...] = (
    ("during", "During a cramp", lambda d, c: _remedy_uses(d, c) == {RemedyUse.DURING}),
    ("medicines", "Medicines and quinine", _is_medicine),
    ("remedies", "Things people try to prevent cramps", lambda d, c: bool(c.remedies)),
    ("causes", "What causes cramps", lambda d, c: bool(c.causes)),
    ("about", "What night cramps are", lambda d, c: True),
)

# Within a topic: the myths a reader most needs corrected first, then what is true.
VERDICT_ORDER = (
    ClaimVerdict.UNSAFE,
    ClaimVerdict.WRONG,
    ClaimVerdict.UNSUPPORTED,
    ClaimVerdict.MIXED,
    ClaimVerdict.SUPPORTED,
)


def claims_by_topic(dataset: Dataset) -> list[tuple[str, str, list[Claim]]]:
    """Every claim under exactly one topic, topics in order, empty topics left out."""
    placed: dict[str, list[Claim]] = {slug: [] for slug, _, _ in TOPICS}
    for claim in dataset.claims:
        slug = next(slug for slug, _, fits in TOPICS if fits(dataset, claim))
        placed[slug].append(claim)
    return [
        (slug, title, sorted(placed[slug], key=lambda c: VERDICT_ORDER.index(c.verdict)))
        for slug, title, _ in TOPICS
        if placed[slug]
    ]


def _jump_list(groups: list[tuple[str, str, list[Claim]]]) -> str:
    items = "".join(
        f'<li><a href="#topic-{slug}">{html_text(title)}'
        f' <span class="nc-jump__count">{len(claims)}</span></a></li>'
        for slug, title, claims in groups
    )
    return f'<nav class="nc-jump" aria-label="Topics on this page"><ul>{items}</ul></nav>'


def claims_page(dataset: Dataset, here: Here) -> str:
    """A jump list, then the claims by topic (most asked first), then the sources."""
    cites = Citations(dataset, here)
    groups = claims_by_topic(dataset)
    parts = [_jump_list(groups)]
    for slug, title, claims in groups:
        parts.append(f"## {title} {{#topic-{slug}}}")
        parts.append(
            '<div class="nc-claims">\n'
            + "\n".join(claim_block(dataset, c, here, cites) for c in claims)
            + "\n</div>"
        )
    parts.append(section("Sources", cites.references()))
    return "\n\n".join(parts)
