"""mkdocs-macros entry point. Kept thin: build the dataset once, register the renderers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any


def _register_package() -> None:
    """Make this package importable under its own name, so its relative imports resolve.

    MkDocs imports the package normally. Zensical instead executes this file from its path on
    every page without registering it in `sys.modules`, so `from .builder.env import ...` fails with
    "No module named 'macros'". Registering one real copy, once per process, also keeps the
    submodules (and the dataset cached in them) alive from one page to the next.
    """
    if __name__ in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        __name__, __file__, submodule_search_locations=[str(Path(__file__).parent)]
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the {__name__!r} package from {__file__}")
    package = importlib.util.module_from_spec(spec)
    sys.modules[__name__] = package
    spec.loader.exec_module(package)


def define_env(env: Any) -> None:
    """Called by mkdocs-macros once per build (by Zensical once per page)."""
    _register_package()
    from .builder.env import register

    register(env)
