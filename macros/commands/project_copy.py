"""A throwaway copy of everything a build of the project reads.

The tests and the benchmark both build copies, never the working tree: a test may break a
data file on purpose, and the benchmark's serve run edits one while other people may be
editing the real tree. Both copy the same thing, so the list lives here, beside the code the
build runs; the benchmark cannot import the tests, and both already import this package.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

# What a build reads, besides any folder mkdocs.yml watches (`watched_folders`).
PROJECT_PARTS: tuple[str, ...] = ("mkdocs.yml", "docs", "macros", "overrides", "data")


def watched_folders(config_text: str) -> list[str]:
    """Folders listed under `watch:` in mkdocs.yml; a build may read them, so copies include
    them. The YAML is composed, not loaded: mkdocs.yml holds `!!python/name:` tags."""
    root = yaml.compose(config_text)
    if not isinstance(root, yaml.MappingNode):
        raise ValueError("mkdocs.yml should be a mapping of settings")
    watch = next((value for key, value in root.value if key.value == "watch"), None)
    if not isinstance(watch, yaml.SequenceNode):
        return []
    return [str(item.value) for item in watch.value if isinstance(item, yaml.ScalarNode)]


def copy_project(source: Path, target: Path) -> Path:
    """Copy everything a build of `source` reads into `target` (created); returns `target`."""
    target.mkdir(parents=True, exist_ok=True)
    config = (source / "mkdocs.yml").read_text(encoding="utf-8")
    parts = dict.fromkeys([*PROJECT_PARTS, *watched_folders(config)])
    for part in parts:
        origin = source / part
        if origin.is_dir():
            shutil.copytree(
                origin, target / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        elif origin.is_file():
            shutil.copy2(origin, target / part)
    return target
