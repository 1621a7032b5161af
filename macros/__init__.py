"""mkdocs-macros entry point. Kept thin: build the dataset once, register the renderers."""

from __future__ import annotations

from typing import Any


def define_env(env: Any) -> None:
    """Called once per build by mkdocs-macros; everything else lives in small modules."""
    from .env import register

    register(env)
