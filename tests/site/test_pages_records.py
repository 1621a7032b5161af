"""Record pages: one small committed page per record, and what each page must show.

Expectations come from the data, so the tests grow with it: every remedy, cause, medicine,
warning and stretch has a page that names it, grades it in words and cites its sources.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from macros.builder.env import RECORD_PAGES
from macros.checks.references import source_ids
from macros.models.kinds import KINDS_BY_COLLECTION
from macros.render.blocks import DONT_STOP
from macros.render.links import SECTION_FOLDERS, record_src, src_to_url
from macros.render.vocab import word

from tests.helpers.project import ROOT
from tests.helpers.html_text import Soup, article, squash, text_of

DOCS = ROOT / "docs"
STUB = re.compile(r"\A---\n(?P<front>.*?)\n---\n(?P<body>.*)\Z", re.DOTALL)


def stub_files(collection: str) -> dict[str, Path]:
    """The record pages of one section: id -> file (the section's index page excluded)."""
    folder = DOCS / SECTION_FOLDERS[collection]
    return {p.stem: p for p in folder.glob("*.md") if p.name != "index.md"}


def front_matter(text: str) -> dict[str, Any]:
    from ruamel.yaml import YAML

    match = STUB.match(text)
    assert match, "a record page starts with front matter between --- lines"
    return YAML(typ="safe").load(match["front"])


def page_of(collection: str, record_id: str) -> str:
    return src_to_url(record_src(collection, record_id))


@pytest.mark.parametrize("collection", sorted(SECTION_FOLDERS))
def test_every_record_has_a_page_and_every_page_a_record(collection: str, site_data: Any) -> None:
    ids = {r.id for r in site_data.all(collection)}
    pages = set(stub_files(collection))
    assert ids - pages == set(), f"records without a page in docs/{SECTION_FOLDERS[collection]}/"
    assert pages - ids == set(), f"pages in docs/{SECTION_FOLDERS[collection]}/ with no record"


@pytest.mark.parametrize("collection", sorted(SECTION_FOLDERS))
def test_record_pages_are_one_macro_call_with_title_and_description(
    collection: str, site_data: Any
) -> None:
    macro = KINDS_BY_COLLECTION[collection].page_macro
    assert macro in RECORD_PAGES
    for record_id, file in stub_files(collection).items():
        text = file.read_text(encoding="utf-8")
        meta = front_matter(text)
        body = STUB.match(text)["body"]  # type: ignore[index]
        assert body.strip() == f'{{{{ {macro}("{record_id}") }}}}', f"{file.name}: body"
        record = site_data.get(collection, record_id)
        assert meta.get("title") == record.name, f"{file.name}: title is not the record's name"
        description = meta.get("description") or ""
        assert 50 <= len(description) <= 200, f"{file.name}: description of {len(description)}"


def test_remedy_pages_show_grades_in_words_steps_and_sources(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    for remedy in site_data.remedies:
        page = article(site_page(page_of("remedies", remedy.id)))
        assert text_of(page.h1) == squash(remedy.name)
        for vocabulary, value in (
            ("verdict", remedy.verdict),
            ("certainty", remedy.certainty),
            ("safety", remedy.safety),
        ):
            badge = page.select_one(f".nc-grades .nc-{vocabulary}--{value.value}")
            assert badge is not None, f"{remedy.id}: no {vocabulary} badge"
            assert text_of(badge) == squash(word(vocabulary, value).label)
            assert badge.find("svg"), f"{remedy.id}: the {vocabulary} word has no icon"
        shown = text_of(page)
        for alias in remedy.aliases:
            assert squash(alias) in text_of(page.select_one(".nc-aliases")), (
                f"{remedy.id}: alias {alias}"
            )
        for step in (*remedy.how_to, *remedy.careful):
            assert squash(step) in shown, f"{remedy.id}: missing {step[:40]!r}"
        for stretch_id in remedy.stretches:
            assert page.select_one(f'a[href$="stretches/{stretch_id}/"]'), f"{remedy.id}"
        references = page.select("ol.nc-refs > li")
        assert len(references) == len(source_ids(remedy)), f"{remedy.id}: reference count"


@pytest.mark.parametrize("collection", sorted(SECTION_FOLDERS))
def test_record_pages_cite_sources_and_say_when_they_were_reviewed(
    collection: str, site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    for record in site_data.all(collection):
        page = article(site_page(page_of(collection, record.id)))
        assert text_of(page.h1) == squash(record.name)
        assert squash(record.summary) in text_of(page), f"{record.id}: summary not shown"
        reviewed = page.select_one(".nc-reviewed time")
        assert reviewed and reviewed["datetime"] == record.reviewed.isoformat()
        cited = {a["href"].rsplit("#", 1)[-1] for a in page.select("sup.nc-cite a")}
        listed = {li["id"] for li in page.select("ol.nc-refs > li")}
        assert cited and cited <= listed, f"{record.id}: a citation points nowhere"
        hrefs = [a["href"] for a in page.select("ol.nc-refs a[href*='sources/#src-']")]
        wanted = {f"src-{s}" for s in source_ids(record)}
        assert {h.rsplit("#", 1)[1] for h in hrefs} == wanted, f"{record.id}: reference links"


def test_cause_pages_group_and_advise_on_medicines(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    for cause in site_data.causes:
        page = article(site_page(page_of("causes", cause.id)))
        for medicine_id in cause.medications:
            assert page.select_one(f'a[href$="medicines/{medicine_id}/"]'), cause.id
        assert (squash(DONT_STOP) in text_of(page)) == bool(cause.medications), cause.id
        for remedy_id in cause.remedies:
            assert page.select_one(f'a[href$="remedies/{remedy_id}/"]'), cause.id


def test_medicine_pages_say_do_not_stop_without_the_prescriber(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    for medicine in site_data.medications:
        page = article(site_page(page_of("medications", medicine.id)))
        assert squash(DONT_STOP) in text_of(page), medicine.id
        assert squash("talking to your prescriber") in text_of(page)
        badge = page.select_one(f".nc-association--{medicine.association.value}")
        assert badge and text_of(badge) == squash(word("association", medicine.association).label)
        for example in medicine.examples:
            assert squash(example) in text_of(page), f"{medicine.id}: example {example}"


def test_warning_pages_list_risks_actions_and_what_they_apply_to(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    for warning in site_data.safety_warnings:
        page = article(site_page(page_of("warnings", warning.id)))
        shown = text_of(page)
        for point in warning.points:
            assert squash(point.text) in shown, warning.id
        for step in warning.what_to_do:
            assert squash(step) in shown, warning.id
        for remedy in site_data.remedies:
            if warning.id in remedy.warnings:
                assert page.select_one(f'a[href$="remedies/{remedy.id}/"]'), warning.id


def test_stretch_pages_show_steps_dose_and_figure(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    for stretch in site_data.stretches:
        page = article(site_page(page_of("stretches", stretch.id)))
        steps = [text_of(li) for li in page.select(".nc-stretch__steps ol > li")]
        assert steps == [squash(s) for s in stretch.steps], stretch.id
        dose = page.select_one(".nc-dose")
        if stretch.hold_seconds:
            assert dose and squash(f"Hold for {stretch.hold_seconds} second") in text_of(dose)
        if stretch.repetitions:
            assert dose and squash(str(stretch.repetitions)) in text_of(dose)
        if dose is not None:
            assert "None" not in text_of(dose), stretch.id
        assert page.select_one(".nc-stretch__figure svg"), f"{stretch.id}: no figure"


def test_a_remedy_that_does_not_help_or_is_dangerous_has_no_how_to_do_it(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    """'How to do it' over quinine (Danger) or magnesium (Does not help) read as advice to."""
    from macros.models.vocab import Safety, Verdict

    for remedy in site_data.remedies:
        if not remedy.how_to:
            continue
        page = article(site_page(f"remedies/{remedy.id}/"))
        headings = [text_of(h) for h in page.select("h2")]
        discouraged = remedy.safety is Safety.DANGER or remedy.verdict in (
            Verdict.NO_BENEFIT,
            Verdict.HARMFUL,
        )
        assert ("Howtodoit" in headings) != discouraged, (remedy.id, headings)
