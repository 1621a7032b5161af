"""Wire the dataset and the render functions into mkdocs-macros.

The dataset is built here exactly once per build (never per page); each macro is a thin
wrapper that passes the dataset and the current page to a pure render function.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from .dataset import Dataset, build_dataset
from .errors import DataError
from .render.about import review_status, vocabulary_table
from .render.causes import cause_page, causes_index
from .render.changes import changes_page
from .render.claims import claims_page
from .render.comparisons import comparisons_page
from .render.evidence_map import evidence_map
from .render.first_aid import first_aid_card, first_aid_page
from .render.glossary import PageTooltips, glossary_page
from .render.guide import guide_page
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
    "changes_page": changes_page,
    "sources_page": sources_page,
    "glossary_page": glossary_page,
    "guide_page": guide_page,
    "vocabulary_table": vocabulary_table,
    "review_status": review_status,
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


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def page_source(env: Any) -> str:
    """The current page's Markdown as written (front matter left out), for its glossary terms.

    mkdocs-macros keeps it on `env.markdown` while the page renders; Zensical's env has no such
    attribute, so the page's file is read (its `path` is relative to the docs folder).
    """
    text = getattr(env, "markdown", None)
    if isinstance(text, str):
        return text
    path = getattr(env.page, "path", None)
    if not path:
        return ""
    docs = Path(env.conf.get("root_dir") or ".") / (env.conf.get("docs_dir") or "docs")
    try:
        text = (docs / path).read_text(encoding="utf-8")
    except OSError:
        return ""
    return _FRONT_MATTER.sub("", text, count=1)


def register(env: Any) -> None:
    """Expose the dataset and one macro per render function."""
    dataset = load(env)
    env.variables["dataset"] = dataset
    tooltips = PageTooltips(dataset)

    def with_tooltips(output: str) -> str:
        """The glossary's tooltips come with the macros' output, so every builder gets them."""
        here = current_page(env)
        return tooltips.append_to(output, here.url, here.title, page_source(env))

    def record_macro(render: PageRenderer) -> Callable[[str], str]:
        def macro(record_id: str) -> str:
            return with_tooltips(render(dataset, record_id, current_page(env)))

        return macro

    def listing_macro(render: PageRenderer) -> Callable[..., str]:
        def macro(*args: Any, **kwargs: Any) -> str:
            return with_tooltips(render(dataset, current_page(env), *args, **kwargs))

        return macro

    for name, render in RECORD_PAGES.items():
        env.macro(record_macro(render), name)
    for name, render in LISTINGS.items():
        env.macro(listing_macro(render), name)
