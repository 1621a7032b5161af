"""The glossary pass is linear: a page looks up its own words, never scans every spelling.

A page's definitions must be exactly those a scan of every spelling would give, in glossary
order (the order the definitions are written in, so the built pages stay byte-identical),
while the work per page follows the page's words, not the glossary's size.
"""

from __future__ import annotations

import pytest

from macros.dataset import Dataset, build_dataset
from macros.render import glossary
from macros.render.glossary import definitions, page_definitions
from tests.helpers.project import ROOT


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset(ROOT / "data", root=ROOT)


def _scan_all(dataset: Dataset, title: str, text: str) -> list[glossary.Definition]:
    """The quadratic reference: test every spelling against the page."""
    subject = title.lower()
    words = set(glossary._WORD.findall(text))
    return [
        d
        for d in definitions(dataset)
        if not (subject and any(name in subject for name in d.names))
        and (not d.first_word or d.first_word in words)
        and d.spelling in text
    ]


def test_the_index_gives_what_a_scan_of_every_spelling_gives(dataset: Dataset) -> None:
    spellings = [d.spelling for d in definitions(dataset)]
    text = "A page that names " + ", ".join(reversed(spellings[::3])) + " and nothing else."
    for title in ("", "Quinine", "Magnesium"):
        expected = _scan_all(dataset, title, text)
        assert expected, "the page should use some terms"
        assert page_definitions(dataset, title, text) == expected


class Counted(tuple):  # type: ignore[type-arg]
    """The definitions, counting every one a page's pass reads."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in tuple.__iter__(self):
            Counted.reads += 1
            yield item

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        Counted.reads += 1
        return tuple.__getitem__(self, index)


def test_a_page_reads_only_the_spellings_whose_first_word_it_contains(
    dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted: after the index is built (once per build), a one-term page reads a handful
    of definitions, not the whole glossary; a scan of every spelling reads them all."""
    every = Counted(definitions(dataset))
    monkeypatch.setattr(glossary, "definitions", lambda _dataset: every)
    first = every[0]
    page_definitions(dataset, "", "Index built by a first page.")
    Counted.reads = 0
    found = page_definitions(dataset, "", f"Only {first.spelling} here.")
    assert first in found
    assert 0 < Counted.reads < len(every) / 4, Counted.reads


class CountedText(str):
    """A page's text, counting every search for a spelling in it."""

    searches = 0

    def __contains__(self, spelling: object) -> bool:
        CountedText.searches += 1
        return str.__contains__(self, spelling)  # type: ignore[arg-type]


def test_a_spelling_shared_by_many_terms_is_searched_for_once(
    dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 100x copy has each spelling 100 times (and real terms share aliases): each search
    scans the whole page, so searching once per term made big pages grow as terms x length."""
    spellings = [d.spelling for d in definitions(dataset)]
    text = CountedText("A page that names " + ", ".join(spellings[::4]) + ".")

    def searches(every: tuple[glossary.Definition, ...]) -> tuple[int, list[glossary.Definition]]:
        monkeypatch.setattr(glossary, "definitions", lambda _dataset: every)
        page_definitions(dataset, "", "Index built by a first page.")
        CountedText.searches = 0
        found = page_definitions(dataset, "", text)
        return CountedText.searches, found

    once, found_once = searches(tuple(definitions(dataset)))
    repeated = tuple(definitions(dataset)) * 5
    five_times, found_repeated = searches(repeated)
    assert found_repeated == [d for d in repeated if d in found_once]
    assert once > 0
    assert five_times == once, (once, five_times)
