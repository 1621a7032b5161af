"""mkdocs-macros entry point. Kept thin: build the dataset once, register the renderers."""

from __future__ import annotations

from typing import Any


def define_env(env: Any) -> None:
    """Called once per build by mkdocs-macros; everything else lives in small modules."""
    from .env import register

    register(env)


def on_post_page_macros(env: Any) -> None:
    """After a page's macros ran: append the glossary's tooltip definitions.

    A builder that skips this hook only loses the tooltips; every page still builds.
    """
    from .env import append_abbreviations

    append_abbreviations(env)
