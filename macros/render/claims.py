"""Myths and facts: every popular claim with its verdict and what is actually true."""

from __future__ import annotations

from ..dataset import Dataset
from ..models import Claim
from ..models.vocab import ClaimVerdict
from .blocks import mention_boxes, section
from .citations import Citations
from .links import Here, record_anchor, record_target
from .text import html_text, md_text
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
    """One claim: the claim as heading, its verdict word, the correction and the detail."""
    boxes = mention_boxes(dataset, [dataset.get("remedies", r) for r in claim.remedies], here)
    return (
        f"### {md_text(claim.name)} {{#{record_anchor('claims', claim.id)}}}\n\n"
        f'<div class="nc-claimbox nc-claimbox--{claim.verdict.value}">\n'
        f'<p class="nc-claimbox__verdict">{badge("claim", claim.verdict, explain=True)}'
        f'<span class="nc-claimbox__origin">{html_text(ORIGINS[claim.origin.value])}</span></p>\n'
        f'<p class="nc-claimbox__correction"><strong>{html_text(claim.correction)}</strong></p>\n'
        f"<p>{html_text(claim.summary)} {cites.cite(claim.sources)}</p>\n"
        f"{_related(dataset, claim, here)}\n</div>" + (f"\n\n{boxes}" if boxes else "")
    )


GROUPS = (
    ("Not true, or unsafe", (ClaimVerdict.WRONG, ClaimVerdict.UNSAFE)),
    ("No good evidence", (ClaimVerdict.UNSUPPORTED,)),
    ("Partly true", (ClaimVerdict.MIXED,)),
    ("True", (ClaimVerdict.SUPPORTED,)),
)


def claims_page(dataset: Dataset, here: Here) -> str:
    """All claims, grouped from 'not true' to 'true', then the sources."""
    cites = Citations(dataset, here)
    parts = []
    for title, verdicts in GROUPS:
        claims = [c for c in dataset.claims if c.verdict in verdicts]
        if claims:
            parts.append(f"## {title}")
            parts.extend(claim_block(dataset, c, here, cites) for c in claims)
    parts.append(section("Sources", cites.references()))
    return "\n\n".join(parts)
