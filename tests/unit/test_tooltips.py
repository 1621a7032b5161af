"""Glossary tooltips: made by the macros themselves (any builder), and never markup.

Zensical calls only `define_env` and the macros, never mkdocs-macros' page hooks, so the
tooltip definitions must come with the macros' own output. The env here is built the way
Zensical builds it: no `env.markdown`, the page known by its `path` in the docs folder.
"""

from __future__ import annotations

import html
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from macros.builder.env import register
from macros.render.glossary import terms_of
from macros.render.text import tooltip_text
from tests.helpers.project import ROOT

HOSTILE = [
    '"><img src=x onerror=alert(1)>',
    "<script>alert(1)</script>",
    "&lt;b&gt;looks like an entity&lt;/b&gt;",
    "a < b and c > d",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_tooltip_text_cannot_open_a_tag_even_after_the_theme_decodes_it(text: str) -> None:
    written = tooltip_text(text)
    assert "<" not in written and '"' not in written
    shown = html.unescape(written)  # what a script reads back from the title attribute
    assert "<" not in shown, "inserted as HTML, this would start a tag"
    assert shown == text.replace("<", "\uff1c"), "the reader sees the text as written"


class BuilderEnv:
    """A macros env as Zensical makes it: conf, variables, macros and the page; nothing else."""

    def __init__(self, root: Path) -> None:
        self.conf = {
            "config_file_path": str(ROOT / "mkdocs.yml"),  # where the data is found
            "root_dir": str(root),
            "docs_dir": "docs",
            "site_url": "https://example.org/",
        }
        self.project_dir = str(ROOT)  # the project whose data/ the macros read
        self.variables: dict[str, Any] = {}
        self.macros: dict[str, Any] = {}
        self.page: Any = None

    def macro(self, fn: Any, name: str) -> None:
        self.macros[name] = fn

    def open(self, path: str, text: str) -> None:
        """Start rendering the page docs/`path`, whose file holds `text`."""
        file = Path(self.conf["root_dir"]) / "docs" / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
        self.page = SimpleNamespace(
            path=path,
            url=path.removesuffix(".md") + "/",
            title="A page",
            meta={},
        )


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> BuilderEnv:
    made = BuilderEnv(tmp_path_factory.mktemp("builder"))
    register(made)
    return made


def definition_of(env: BuilderEnv, term: Any) -> str:
    return f"*[{terms_of(term)[0]}]: "


def test_a_macro_brings_the_tooltips_of_the_page_it_is_on(env: BuilderEnv) -> None:
    dataset = env.variables["dataset"]
    term = next(t for t in dataset.glossary if not t.abbreviation)
    env.open("zz-page.md", f"---\ntitle: A page\n---\nSome words about {term.name}.\n")
    first = env.macros["page_info"](reviewed="2026-11-21")
    assert definition_of(env, term) in first, "the page's own words got no tooltip"
    again = env.macros["page_info"](reviewed="2026-11-21")
    assert definition_of(env, term) not in again, "defined twice on one page"
    env.open("zz-other.md", "Nothing to explain here.\n")
    assert definition_of(env, term) not in env.macros["page_info"](reviewed="2026-11-21")


def test_a_record_page_macro_brings_the_tooltips_of_its_own_text(env: BuilderEnv) -> None:
    dataset = env.variables["dataset"]
    env.open("remedies/zz-quinine.md", '{{ remedy_page("quinine") }}\n')
    output = env.macros["remedy_page"]("quinine")
    body, _, definitions = output.partition("\n\n*[")
    assert definitions, "no tooltip definitions came with the page"
    used = [t for t in dataset.glossary if any(s in body for s in terms_of(t))]
    assert used, "the quinine page uses no glossary word: the test checks nothing"
    for term in used:
        assert any(f"*[{s}]: " in output for s in terms_of(term)), term.id
