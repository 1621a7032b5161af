"""Schema.org JSON-LD for every content page, built from the same data the page shows.

The macro writes it into the page body as a <script type="application/ld+json"> block, so it
needs no template logic and works under any builder that runs the macros (MkDocs or Zensical).
Search engines read JSON-LD anywhere in the document; Material's search skips <script>.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..models import Source
from .links import Here

# The condition every page is about. The home page shows these names in its opening lines.
CONDITION_NAME = "Nocturnal leg cramps"
CONDITION_ALIASES = ("Night leg cramps", "Night-time leg cramps", "Charley horse")

SITE_NAME = "Night Cramps"


def condition(**details: Any) -> dict[str, Any]:
    """The MedicalCondition node, with page-specific details (treatment, risk factor...)."""
    node: dict[str, Any] = {
        "@type": "MedicalCondition",
        "name": CONDITION_NAME,
        "alternateName": list(CONDITION_ALIASES),
    }
    node.update({key: value for key, value in details.items() if value})
    return node


def named(kind: str, name: str, aliases: Iterable[str] = ()) -> dict[str, Any]:
    """A small typed node with a name and optional other names."""
    node: dict[str, Any] = {"@type": kind, "name": name}
    others = list(aliases)
    if others:
        node["alternateName"] = others
    return node


def citation(source: Source) -> dict[str, Any]:
    """A cited source as a CreativeWork (DOI and PubMed as identifiers when known)."""
    node: dict[str, Any] = {
        "@type": "CreativeWork",
        "name": source.title,
        "url": str(source.url),
        "datePublished": str(source.year),
        "publisher": source.publisher,
    }
    ids = [f"https://doi.org/{source.doi}"] if source.doi else []
    ids += [f"https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/"] if source.pmid else []
    if ids:
        node["sameAs"] = ids
    return node


def webpage(
    here: Here,
    *,
    name: str,
    description: str,
    reviewed: dt.date,
    about: Mapping[str, Any] | None = None,
    sources: Iterable[Source] = (),
) -> dict[str, Any]:
    """The MedicalWebPage object for one page."""
    page: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": name,
        "description": description,
        "inLanguage": "en",
        "lastReviewed": reviewed.isoformat(),
        "about": dict(about) if about else condition(),
        "audience": {"@type": "PeopleAudience", "audienceType": "Patient"},
        "isPartOf": {"@type": "WebSite", "name": SITE_NAME},
    }
    if here.canonical:
        page["url"] = here.canonical
        page["isPartOf"]["url"] = here.site_url
    cited = [citation(s) for s in sources]
    if cited:
        page["citation"] = cited
    return page


def script(data: Mapping[str, Any]) -> str:
    """A JSON-LD script block holding a one-item array (valid JSON-LD, read the same way).

    Why an array: Material's instant navigation re-creates every <script> in the new page
    without its `type`, so the browser runs it as JavaScript. A bare JSON object is a syntax
    error there (and stops the page's scripts); an array literal is a harmless expression.
    `<`, `>` and `&` become JSON escapes (valid JSON, same value), so no data text can close
    the script early or open an HTML comment.
    """
    text = json.dumps([data], ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'
