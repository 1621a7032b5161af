"""Wire the dataset and the render functions into mkdocs-macros.

The dataset is built here exactly once per build (never per page); each macro is a thin
wrapper that passes the dataset and the current page to a pure render function.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from .dataset import Dataset, build_dataset
from .errors import DataError
from .render.about import audit_changes, review_status, source_checks, vocabulary_table
from .render.causes import cause_page, causes_index
from .render.claims import claims_page
from .render.comparisons import comparisons_page
from .render.evidence_map import evidence_map
from .render.first_aid import first_aid_card, first_aid_page
from .render.glossary import abbreviations, glossary_page
from .render.home import section_cards
from .render.links import Here
from .render.medicines import medication_page, medicines_table
from .render.night_card import night_card
from .render.page import page_info
from .render.red_flags import care_cards, help_summary
from .render.remedies import remedies_table, remedy_page
from .render.safety import warning_page, warnings_index
from .render.sources import sources_page
from .render.stretches import stretch_page, stretches_index

PageRenderer = Callable[..., str]

# Macros that render a whole record page from an id: name -> render function.
# The name is "<singular>_page" (registry.Kind.singular), which `make new` relies on.
RECORD_PAGES: dict[str, PageRenderer] = {
    "remedy_page": remedy_page,
    "cause_page": cause_page,
    "medication_page": medication_page,
    "warning_page": warning_page,
    "stretch_page": stretch_page,
}

# Macros that render a listing or component from the whole dataset.
LISTINGS: dict[str, PageRenderer] = {
    "remedies_table": remedies_table,
    "evidence_map": evidence_map,
    "causes_index": causes_index,
    "medicines_table": medicines_table,
    "warnings_index": warnings_index,
    "stretches_index": stretches_index,
    "first_aid_card": first_aid_card,
    "first_aid_page": first_aid_page,
    "care_cards": care_cards,
    "help_summary": help_summary,
    "comparisons_page": comparisons_page,
    "claims_page": claims_page,
    "sources_page": sources_page,
    "glossary_page": glossary_page,
    "vocabulary_table": vocabulary_table,
    "review_status": review_status,
    "source_checks": source_checks,
    "audit_changes": audit_changes,
    "night_card": night_card,
    "section_cards": section_cards,
    "page_info": page_info,
}


def load(env: Any) -> Dataset:
    """Build the dataset for this site, turning data problems into one clean build error."""
    root = Path(env.conf["config_file_path"]).resolve().parent
    try:
        dataset = build_dataset(root / "data", root=root)
    except DataError as error:
        raise PluginError(
            "The data in data/ has problems; fix them and build again:\n" + str(error)
        ) from None
    for warning in dataset.warnings:
        print(warning, file=sys.stderr)
    return dataset


def current_page(env: Any) -> Here:
    """The page being rendered, with the front matter the JSON-LD must agree with."""
    page = env.page
    meta = page.meta or {}
    return Here(
        src=page.file.src_uri,
        url=page.url,
        title=str(meta.get("title") or page.title or ""),
        description=str(meta.get("description") or ""),
        site_url=str(env.conf.get("site_url") or ""),
    )


def register(env: Any) -> None:
    """Expose the dataset and one macro per render function."""
    dataset = load(env)
    env.variables["dataset"] = dataset

    def record_macro(render: PageRenderer) -> Callable[[str], str]:
        def macro(record_id: str) -> str:
            return render(dataset, record_id, current_page(env))

        return macro

    def listing_macro(render: PageRenderer) -> Callable[..., str]:
        def macro(*args: Any, **kwargs: Any) -> str:
            return render(dataset, current_page(env), *args, **kwargs)

        return macro

    for name, render in RECORD_PAGES.items():
        env.macro(record_macro(render), name)
    for name, render in LISTINGS.items():
        env.macro(listing_macro(render), name)


def append_abbreviations(env: Any) -> None:
    """Add the glossary's abbreviation definitions to the page, so terms become tooltips."""
    dataset: Dataset | None = env.variables.get("dataset")
    if dataset is None or not dataset.glossary:
        return
    title = current_page(env).title
    definitions = abbreviations(dataset, title, env.markdown)
    if definitions:
        env.markdown = env.markdown.rstrip("\n") + "\n\n" + definitions + "\n"
