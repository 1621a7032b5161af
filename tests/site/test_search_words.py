"""Search words: every record's aliases and search terms reach the search index's tags field.

The browser gate (tests/browser/test_search.py) shows readers' queries find their pages; this
checks the mechanism behind it on the built site: the words come from the data, the macros
put them in the tags of the record's page (macros/builder/search_words.py, macros/builder/adapter.py, no
MkDocs hook), and they leave no trace in the HTML readers get.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml

from macros.builder.adapter import add_search_words
from macros.builder.search_words import distinct_words, take_words, words_in

ROOT = Path(__file__).resolve().parents[2]


def _tags(site: Path) -> dict[str, set[str]]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    tags: dict[str, set[str]] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#")[0]
        tags.setdefault(page, set()).update(t.lower() for t in doc.get("tags", []))
    return tags


def test_every_alias_and_search_term_of_a_record_is_in_its_pages_tags(
    built_site: Path, site_data: Any
) -> None:
    tags = _tags(built_site)
    folders = {"remedies": "remedies", "causes": "causes", "medications": "medicines"}
    for kind, folder in folders.items():
        for record in getattr(site_data, kind):
            page = f"{folder}/{record.id}/"
            for phrase in (*record.aliases, *record.search_terms):
                missing = {w.lower() for w in distinct_words([phrase])} - tags.get(page, set())
                assert not missing, f"{page}: {phrase!r} is not searchable ({missing})"


def test_no_search_marker_is_left_in_a_page(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        assert "data-nc-search" not in page.read_text(encoding="utf-8"), page


def test_marker_words_are_read_back_unescaped_and_once() -> None:
    html = (
        '<p>x</p><div hidden data-nc-search="hot water bottle|won&#x27;t stop"></div>'
        '<div hidden data-nc-search="hot water bottle|a &amp; b"></div>'
    )
    assert words_in(html) == ["hot water bottle", "won't stop", "a & b"]


def test_each_word_counts_once_so_long_lists_do_not_outrank_others() -> None:
    words = distinct_words(["frequent cramps", "Cramps every night", "cramps-or-not"])
    assert [w.lower() for w in words] == ["frequent", "cramps", "every", "night", "or", "not"]
    assert all(re.fullmatch(r"[\w']+", w) for w in words)


def test_the_words_come_from_the_macros_not_a_hook() -> None:
    """An MkDocs hook runs under MkDocs only; the macros run under both builders."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=yaml.BaseLoader)  # its !!python/name tags stay strings
    assert "hooks" not in config


def test_the_macros_take_their_marks_out_of_the_output() -> None:
    html = '<p>Heat</p><div hidden data-nc-search="hot water bottle|a &lt;b&gt;"></div><p>x</p>'
    assert take_words(html) == ("<p>Heat</p><p>x</p>", ["hot water bottle", "a <b>"])


def _mkdocs_env(meta: dict[str, Any]) -> Any:
    return SimpleNamespace(page=SimpleNamespace(file=object(), meta=meta))


def test_words_and_front_matter_terms_go_into_the_pages_tags_once() -> None:
    env = _mkdocs_env({"search_terms": ["yellow mustard", "mustard"]})
    add_search_words(env, ["hot water bottle"])
    add_search_words(env, ["Hot bath"])  # a second macro on the same page
    assert env.page.meta["tags"] == ["yellow", "mustard", "hot", "water", "bottle", "bath"]


def test_words_stay_text() -> None:
    """Data words reach the index as strings: nothing in them is read as markup."""
    env = _mkdocs_env({})
    add_search_words(env, ['<img src=x onerror="alert(1)">'])
    assert all(isinstance(tag, str) for tag in env.page.meta["tags"])
    assert "<img" in env.page.meta["tags"]


def test_a_page_without_words_gets_no_tags() -> None:
    env = _mkdocs_env({})
    add_search_words(env, [])
    assert "tags" not in env.page.meta


def test_under_zensical_the_words_stay_out_of_the_tags() -> None:
    """Zensical 0.0.73 ranks no tags and lists each as a filter beside the results."""
    env = SimpleNamespace(
        page=SimpleNamespace(path="remedies/heat.md", meta={"search_terms": ["x"]})
    )
    add_search_words(env, ["hot water bottle"])
    assert "tags" not in env.page.meta
