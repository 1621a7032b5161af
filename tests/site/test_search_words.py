"""Search words: every record's aliases and search terms reach the search index's tags field.

The browser gate (tests/browser/test_search.py) shows readers' queries find their pages; this
checks the mechanism behind it on the built site: the words come from the data, land in the
tags of the record's page, and leave no trace in the HTML readers get.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from macros.builder.search_hook import distinct_words, words_in


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
