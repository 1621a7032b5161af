"""The glossary page and the abbreviation definitions that turn terms into tooltips.

`abbreviations` produces Markdown `abbr` definitions (`*[RLS]: ...`); Python-Markdown wraps
each use of a term in <abbr title="...">, which the browser (or docs/javascripts/tooltips.js)
shows as a tooltip. Raw HTML blocks are not touched, so links, headings in HTML and JSON-LD
stay as they are. `PageTooltips` hands the definitions out with each macro's output, so they
come from the macros themselves and every builder that renders the macros gets them (Zensical
never calls mkdocs-macros' page hooks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dataset import Dataset
from ..models import GlossaryTerm
from .blocks import section
from .citations import Citations
from .links import Here, record_anchor
from .text import html_text, tooltip_text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def terms_of(term: GlossaryTerm) -> list[str]:
    """The spellings a tooltip is attached to: abbreviation, name and aliases, as written
    and with a lowercase first letter (names often start a sentence in the data)."""
    words = [term.abbreviation] if term.abbreviation else []
    for name in (term.name, *term.aliases):
        words += [name, name[:1].lower() + name[1:], name[:1].upper() + name[1:]]
    return [w for w in dict.fromkeys(words) if w and "]" not in w and "\n" not in w]


@dataclass(frozen=True)
class Definition:
    """One spelling of a glossary term and its Markdown `abbr` definition line."""

    spelling: str
    first_word: str
    line: str
    names: tuple[str, ...]  # the term's names, lowercased, to spot the page's own subject


_WORD = re.compile(r"[\w'-]+")
_DEFINITIONS: dict[int, tuple[Dataset, tuple[Definition, ...]]] = {}
_INDEXES: dict[int, tuple[tuple[Definition, ...], dict[str, tuple[int, ...]], tuple[int, ...]]] = {}


def definitions(dataset: Dataset) -> tuple[Definition, ...]:
    """Every definition line, worked out once per dataset (not once per page)."""
    cached = _DEFINITIONS.get(id(dataset))
    if cached is not None and cached[0] is dataset:
        return cached[1]
    found = []
    for term in dataset.glossary:
        meaning = _one_line(term.summary)
        names = tuple(name.lower() for name in (term.name, *term.aliases))
        for spelling in terms_of(term):
            tooltip = f"{term.name}: {meaning}" if spelling == term.abbreviation else meaning
            words = _WORD.findall(spelling)
            first = words[0] if words else ""
            line = f"*[{spelling}]: {tooltip_text(tooltip)}"
            found.append(Definition(spelling, first, line, names))
    _DEFINITIONS.clear()  # keep only the current build's dataset
    _DEFINITIONS[id(dataset)] = (dataset, tuple(found))
    return _DEFINITIONS[id(dataset)][1]


def _index(dataset: Dataset) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Where each definition sits in `definitions(dataset)`, by the first word of its spelling.

    A page looks up only the words it contains, so its work grows with its own length, not
    with the glossary's size (pages x terms made a 100x site's build quadratic). Spellings
    without a word are returned separately: every page must test them.
    """
    found = definitions(dataset)
    cached = _INDEXES.get(id(found))
    if cached is not None and cached[0] is found:
        return cached[1], cached[2]
    by_word: dict[str, list[int]] = {}
    wordless = []
    for position, definition in enumerate(found):
        if definition.first_word:
            by_word.setdefault(definition.first_word, []).append(position)
        else:
            wordless.append(position)
    index = {word: tuple(positions) for word, positions in by_word.items()}
    _INDEXES.clear()
    _INDEXES[id(found)] = (found, index, tuple(wordless))
    return index, tuple(wordless)


def _candidates(dataset: Dataset, text: str | None) -> list[Definition]:
    """The definitions whose first word occurs in `text` (all of them without a text), in
    glossary order, so the page's definitions come out exactly as a scan of all would."""
    found = definitions(dataset)
    if text is None:
        return list(found)
    index, wordless = _index(dataset)
    positions = set(wordless)
    for word in set(_WORD.findall(text)):
        positions.update(index.get(word, ()))
    return [found[position] for position in sorted(positions)]


def page_definitions(
    dataset: Dataset, page_title: str = "", text: str | None = None
) -> list[Definition]:
    """Markdown abbreviation definitions for the glossary terms a page uses.

    A term that names the page's own subject (Quinine on the quinine page) is left out: the
    page explains it, and underlining it in every sentence would only add noise. Given the
    page's text, only spellings that occur in it are defined: Markdown scans every
    definition against the whole page, so defining all of them on every page made build time
    grow with pages x glossary size.
    """
    subject = page_title.lower()
    found = []
    # Whether each spelling occurs, searched once: terms may share a spelling (an alias of
    # one is the name of another), and each search scans the whole page.
    occurs: dict[str, bool] = {}
    for definition in _candidates(dataset, text):
        if subject and any(name in subject for name in definition.names):
            continue
        if text is not None:
            spelling = definition.spelling
            if spelling not in occurs:
                occurs[spelling] = spelling in text
            if not occurs[spelling]:
                continue
        found.append(definition)
    return found


def abbreviations(dataset: Dataset, page_title: str = "", text: str | None = None) -> str:
    """The Markdown block of `page_definitions`, one definition per paragraph."""
    lines = [definition.line for definition in page_definitions(dataset, page_title, text)]
    return "\n\n".join(lines)  # one block each: a single long block parses in O(n²)


class PageTooltips:
    """Appends to each macro's output the definitions of the glossary terms it uses.

    The page's own text (`source`, outside the macros) is matched too, with the first macro of
    the page. A spelling is defined once per page: the next macros of the same page (told
    apart by its address) only add the terms that are new in their output.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.page = ""
        self.defined: set[str] = set()

    def append_to(self, output: str, page: str, page_title: str, source: str) -> str:
        """`output` followed by the abbreviation definitions it and the page still need."""
        text = output
        if page != self.page:
            self.page, self.defined = page, set()
            text = source + "\n" + output
        lines = []
        for definition in page_definitions(self.dataset, page_title, text):
            if definition.spelling not in self.defined:
                self.defined.add(definition.spelling)
                lines.append(definition.line)
        if not lines:
            return output
        # Blank lines around each definition: a block of its own, whatever follows the macro.
        return output.rstrip("\n") + "\n\n" + "\n\n".join(lines) + "\n\n"


def glossary_page(dataset: Dataset, here: Here) -> str:
    """Every term, alphabetically, with its short form and other names."""
    terms = sorted(dataset.glossary, key=lambda t: t.name.lower())
    cites = Citations(dataset, here)
    items = []
    for term in terms:
        short = (
            f' <span class="nc-abbr">({html_text(term.abbreviation)})</span>'
            if term.abbreviation
            else ""
        )
        aliases = (
            f'<p class="nc-aliases"><strong>Also called:</strong> '
            f"{html_text(', '.join(term.aliases))}</p>"
            if term.aliases
            else ""
        )
        items.append(
            f'<div class="nc-term" id="{record_anchor("glossary", term.id)}">'
            f"<dt>{html_text(term.name)}{short}</dt>"
            f"<dd><p>{html_text(term.summary)} {cites.cite(term.sources)}</p>{aliases}</dd></div>"
        )
    listing = '<dl class="nc-glossary">\n' + "\n".join(items) + "\n</dl>"
    return listing + "\n\n" + section("Sources", cites.references())
