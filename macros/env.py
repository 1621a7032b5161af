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
from .render.links import Here
from .render.remedies import remedies_table, remedy_page

PageRenderer = Callable[..., str]

# Macros that render a whole record page from an id: name -> render function.
RECORD_PAGES: dict[str, PageRenderer] = {
    "remedy_page": remedy_page,
}

# Macros that render a listing or component from the whole dataset.
LISTINGS: dict[str, PageRenderer] = {
    "remedies_table": remedies_table,
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


def register(env: Any) -> None:
    """Expose the dataset and one macro per render function."""
    dataset = load(env)
    env.variables["dataset"] = dataset

    def here() -> Here:
        return Here(env.page.file.src_uri, env.page.url)

    def record_macro(render: PageRenderer) -> Callable[[str], str]:
        def macro(record_id: str) -> str:
            return render(dataset, record_id, here())

        return macro

    def listing_macro(render: PageRenderer) -> Callable[[], str]:
        def macro() -> str:
            return render(dataset, here())

        return macro

    for name, render in RECORD_PAGES.items():
        env.macro(record_macro(render), name)
    for name, render in LISTINGS.items():
        env.macro(listing_macro(render), name)
