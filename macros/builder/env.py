"""Wire the dataset and the render functions into mkdocs-macros.

The dataset is built once per process and reused while data/ is unchanged (never per page);
each macro is a thin wrapper that passes the dataset and the current page to a pure render
function. What the page and the project are comes from `adapter.py`, the one place that knows
the builders (MkDocs, Zensical) apart; the render code never asks which builder runs it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

from mkdocs.exceptions import PluginError

from ..dataset import Dataset
from ..models.kinds import OwnPages, with_pages
from ..reading.errors import DataError
from ..render.about import review_status, source_checks, vocabulary_table
from ..render.causes import causes_index
from ..render.changes import changes_page
from ..render.claims import claims_page
from ..render.comparisons import comparisons_page
from ..render.evidence_map import evidence_map
from ..render.first_aid import first_aid_card, first_aid_page
from ..render.glossary import PageTooltips, glossary_page
from ..render.guide import guide_page
from ..render.home import section_cards
from ..render.medicines import medicines_table
from ..render.night_card import night_card
from ..render.page import page_info
from ..render.red_flags import care_cards, help_summary
from ..render.remedies import remedies_table
from ..render.safety import warnings_index
from ..render.sources import sources_page
from ..render.stretches import stretches_index
from .adapter import add_search_words, current_page, page_source, project_root
from .dataset_cache import cached_dataset
from .search_words import take_words

PageRenderer = Callable[..., str]


def record_pages() -> dict[str, PageRenderer]:
    """Macros that render a whole record page from an id: macro name -> render function.

    Read from the kinds (models/kinds.py): each kind with pages of its own names the module in
    render/ whose `<singular>_page` draws them, which is also the macro its pages call.
    """
    found = {}
    for kind in with_pages():
        assert isinstance(kind.shown, OwnPages)
        module = importlib.import_module(
            f"{__package__.rpartition('.')[0]}.render.{kind.shown.render}"
        )
        found[kind.page_macro] = getattr(module, kind.page_macro)
    return found


RECORD_PAGES: dict[str, PageRenderer] = record_pages()

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
    "changes_page": changes_page,
    "sources_page": sources_page,
    "glossary_page": glossary_page,
    "guide_page": guide_page,
    "vocabulary_table": vocabulary_table,
    "review_status": review_status,
    "source_checks": source_checks,
    "night_card": night_card,
    "section_cards": section_cards,
    "page_info": page_info,
}


def load(env: Any) -> Dataset:
    """The dataset for this site, turning data problems into one clean build error.

    Built once per process and reused while data/ is unchanged (`dataset_cache`), since
    Zensical calls this for every page; its warnings are printed only when it was built.
    """
    root = project_root(env)
    try:
        dataset, fresh = cached_dataset(root / "data", root)
    except DataError as error:
        raise PluginError(
            "The data in data/ has problems; fix them and build again:\n" + str(error)
        ) from None
    if fresh:
        for warning in dataset.problems:
            print(warning, file=sys.stderr)
    return dataset


def register(env: Any) -> None:
    """Expose the dataset and one macro per render function."""
    dataset = load(env)
    env.variables["dataset"] = dataset
    tooltips = PageTooltips(dataset)

    def finished(output: str) -> str:
        """The glossary's tooltips and the page's search words come with the macros' output,
        so every builder gets them."""
        here = current_page(env)
        output, words = take_words(output)
        add_search_words(env, words)
        return tooltips.append_to(output, here.url, here.title, page_source(env))

    def record_macro(render: PageRenderer) -> Callable[[str], str]:
        def macro(record_id: str) -> str:
            return finished(render(dataset, record_id, current_page(env)))

        return macro

    def listing_macro(render: PageRenderer) -> Callable[..., str]:
        def macro(*args: Any, **kwargs: Any) -> str:
            return finished(render(dataset, current_page(env), *args, **kwargs))

        return macro

    for name, render in RECORD_PAGES.items():
        env.macro(record_macro(render), name)
    for name, render in LISTINGS.items():
        env.macro(listing_macro(render), name)
