"""Throwaway copies of the site's sources, and configs derived from mkdocs.yml.

The benchmark never builds in the working tree: other people may be editing it, and the
serve benchmark edits a data file. Derived configs are made by editing the YAML node tree
(`yaml.compose` / `yaml.serialize`), not by loading mkdocs.yml into Python objects, because
mkdocs.yml holds `!!python/name:` tags that must survive untouched for the builds to be
identical apart from the one change under test.
"""

from __future__ import annotations

from pathlib import Path

import yaml

# The copy the tests make too, re-exported for the rest of the benchmark.
from macros.commands.project_copy import copy_project as copy_project

REPO_ROOT = Path(__file__).resolve().parent.parent


def _top_level(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value_node in node.value:
        if key_node.value == key:
            return value_node
    return None


def _compose(config_text: str) -> yaml.MappingNode:
    node = yaml.compose(config_text)
    if not isinstance(node, yaml.MappingNode):
        raise ValueError("mkdocs.yml should be a mapping of settings")
    return node


def _plugin_name(item: yaml.Node) -> str | None:
    if isinstance(item, yaml.ScalarNode):
        return str(item.value)
    if isinstance(item, yaml.MappingNode) and len(item.value) == 1:
        return str(item.value[0][0].value)
    return None


def config_without_plugin(config_text: str, plugin: str) -> str:
    """The same config with one plugin removed and every other setting kept as written."""
    root = _compose(config_text)
    plugins = _top_level(root, "plugins")
    if isinstance(plugins, yaml.SequenceNode):
        plugins.value = [item for item in plugins.value if _plugin_name(item) != plugin]
    elif isinstance(plugins, yaml.MappingNode):
        plugins.value = [(k, v) for k, v in plugins.value if k.value != plugin]
    return yaml.serialize(root, width=4096, allow_unicode=True)


def config_with_hook(config_text: str, hook: Path) -> str:
    """The same config plus one MkDocs hook script (used only to observe a build)."""
    root = _compose(config_text)
    hooks = _top_level(root, "hooks")
    item = yaml.ScalarNode("tag:yaml.org,2002:str", str(hook))
    if isinstance(hooks, yaml.SequenceNode):
        hooks.value.append(item)
    else:
        root.value.append(
            (
                yaml.ScalarNode("tag:yaml.org,2002:str", "hooks"),
                yaml.SequenceNode("tag:yaml.org,2002:seq", [item]),
            )
        )
    return yaml.serialize(root, width=4096, allow_unicode=True)
