"""Section pages: every record appears where a reader looks for it, with the right words.

The remedies table and evidence map, causes by kind, medicines, warnings, comparisons, red
flags by urgency, myths, sources with their citing pages, glossary, home, night card, 404.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from macros.checks.references import source_ids
from macros.models.vocab import Safety, Urgency
from macros.render.blocks import DONT_STOP, mentioned_warnings
from macros.render.first_aid import first_steps
from macros.render.glossary import terms_of
from macros.render.links import record_anchor
from macros.render.vocab import CAUSE_KINDS, word

from tests.helpers.html_text import Soup, article, squash, text_of


def test_remedies_table_has_every_remedy_with_its_grades(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    table = site_page("remedies/").select_one("table#remedies-table")
    assert table is not None and table.has_attr("data-nc-table")
    headers = [text_of(th) for th in table.select("thead th")]
    assert headers == [
        squash(h) for h in ("Remedy", "When", "Does it help?", "How sure?", "Safety")
    ]
    rows = table.select("tbody tr")
    assert len(rows) == len(site_data.remedies)
    for remedy in site_data.remedies:
        row = table.select_one(f"tr#remedy-{remedy.id}")
        assert row is not None, remedy.id
        link = row.select_one("th a")
        assert text_of(link) == squash(remedy.name) and link["href"] == f"{remedy.id}/"
        for vocabulary, value in (
            ("verdict", remedy.verdict),
            ("certainty", remedy.certainty),
            ("safety", remedy.safety),
        ):
            cell = row.select_one(f"td[data-value='{value.value}'] .nc-{vocabulary}")
            assert cell and text_of(cell) == squash(word(vocabulary, value).label), remedy.id
        uses = row.select_one("td[data-label='When']")["data-value"].split()
        assert sorted(uses) == sorted(u.value for u in remedy.use)


def test_filters_offer_every_value_present_and_only_those(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    import json

    table = site_page("remedies/").select_one("table#remedies-table")
    for column, values in (
        ("verdict", {r.verdict.value for r in site_data.remedies}),
        ("certainty", {r.certainty.value for r in site_data.remedies}),
        ("safety", {r.safety.value for r in site_data.remedies}),
        ("use", {u.value for r in site_data.remedies for u in r.use}),
    ):
        header = table.select_one(f"th[data-nc-filter='{column}']")
        offered = {value for value, _ in json.loads(header["data-nc-options"])}
        assert offered == values, column


def test_rows_of_risky_remedies_link_to_their_warnings(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    table = site_page("remedies/").select_one("table#remedies-table")
    for remedy in site_data.remedies:
        links = {a["href"] for a in table.select(f"tr#remedy-{remedy.id} a.nc-marker")}
        wanted = {f"../warnings/{w.id}/" for w in mentioned_warnings(site_data, remedy)}
        assert links == wanted, remedy.id
        if remedy.safety in {Safety.WARNING, Safety.DANGER}:
            assert links, f"{remedy.id} is at {remedy.safety} but its row has no warning link"


def test_evidence_map_places_every_remedy_and_links_it(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    figure = site_page("remedies/").select_one("figure#evidence-map")
    svg = figure.select_one("svg.nc-map")
    assert svg.select_one("title") and svg.select_one("desc")
    marks = {a["xlink:href"]: a for a in svg.select("a.nc-map__mark")}
    assert len(marks) == len(site_data.remedies)
    for remedy in site_data.remedies:
        mark = marks.get(f"{remedy.id}/")
        assert mark is not None, remedy.id
        label = mark["aria-label"]
        for vocabulary, value in (
            ("verdict", remedy.verdict),
            ("certainty", remedy.certainty),
            ("safety", remedy.safety),
        ):
            assert word(vocabulary, value).label.lower() in label.lower(), remedy.id
        assert f"nc-map__mark--{remedy.safety.value}" in mark["class"]
        assert mark.find(["circle", "polygon"]), f"{remedy.id}: no shape"
    legend = text_of(figure.select_one(".nc-map__legend"))
    for safety in Safety:
        assert squash(word("safety", safety).label) in legend


def test_evidence_map_rows_and_columns_follow_the_grades(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    """A remedy that helps more sits higher; one with more certain evidence sits further right."""
    svg = site_page("remedies/").select_one("svg.nc-map")

    def position(remedy_id: str) -> tuple[float, float]:
        text = svg.select_one(f'a[xlink\\:href="{remedy_id}/"] text')
        return float(text["x"]), float(text["y"])

    from macros.render.vocab import rank

    remedies = site_data.remedies
    for a in remedies:
        for b in remedies:
            (ax, ay), (bx, by) = position(a.id), position(b.id)
            if rank("verdict", a.verdict) < rank("verdict", b.verdict):
                assert ay < by, f"{a.id} helps more than {b.id} but is not higher"
            if rank("certainty", a.certainty) < rank("certainty", b.certainty):
                assert ax > bx, f"{a.id} is more certain than {b.id} but not further right"


def test_evidence_map_shows_every_name_whole_and_no_empty_column(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    """Names used to be cut ("Cutting down on alcohol and…"); empty columns took the room."""
    svg = site_page("remedies/").select_one("svg.nc-map")
    for remedy in site_data.remedies:
        mark = svg.select_one(f'a[xlink\\:href="{remedy.id}/"] text')
        shown = " ".join(t.get_text() for t in mark.select("tspan"))
        assert shown == remedy.name, f"{remedy.id}: the map shows {shown!r}"
    columns = [text_of(t) for t in svg.select("text.nc-map__col")]
    used = {squash(word("certainty", r.certainty).label) for r in site_data.remedies}
    assert set(columns) == used, f"map columns {columns}, remedies use {sorted(used)}"


def test_remedies_in_short_lists_each_remedy_once_answers_first(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    """The phone's view: only verdicts some remedy has, answers before "unclear", every name."""
    from macros.models.vocab import Verdict

    summary = site_page("remedies/").select_one("#remedies-in-short")
    groups = summary.select("section.nc-sum__group")
    shown = [g["class"][1].removeprefix("nc-sum__group--") for g in groups]
    used = {r.verdict.value for r in site_data.remedies}
    assert set(shown) == used, f"groups {shown} but remedies have {sorted(used)}"
    if Verdict.UNCLEAR.value in shown:
        assert shown[-1] == Verdict.UNCLEAR.value, f"unclear is not last: {shown}"
    links = [a["href"] for a in summary.select("a")]
    assert sorted(links) == sorted(f"{r.id}/" for r in site_data.remedies)
    for group in groups:
        verdict = group["class"][1].removeprefix("nc-sum__group--")
        for a in group.select("a"):
            remedy = next(r for r in site_data.remedies if f"{r.id}/" == a["href"])
            assert remedy.verdict.value == verdict, f"{remedy.id} is under {verdict}"
            assert text_of(a.select_one(".nc-sum__name")) == squash(remedy.name)


def test_causes_index_groups_causes_by_kind(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    page = article(site_page("causes/"))
    for cause in site_data.causes:
        link = page.select_one(f'a[href="{cause.id}/"]')
        assert link is not None, cause.id
        heading = link.find_previous("h2")
        assert text_of(heading) == squash(CAUSE_KINDS[cause.kind][0]), cause.id


def test_medicines_table_lists_every_medicine_after_the_advice(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    page = article(site_page("medicines/"))
    advice = page.select_one(".nc-dont-stop")
    table = page.select_one("table#medicines-table")
    assert advice and squash(DONT_STOP) in text_of(advice)
    assert advice.sourceline < table.sourceline, "the advice comes before the table"
    for medicine in site_data.medications:
        row = table.select_one(f"tr#medicine-{medicine.id}")
        assert row is not None, medicine.id
        assert text_of(row.select_one("th a")) == squash(medicine.name)
        assert squash(medicine.drug_class) in text_of(row)
        assert squash(word("association", medicine.association).label) in text_of(row)


def test_warning_boxes_appear_wherever_what_they_concern_is_mentioned(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    def boxes(path: str) -> set[str]:
        return {d["data-warning"] for d in article(site_page(path)).select("[data-warning]")}

    for remedy in site_data.remedies:
        assert set(remedy.warnings) <= boxes(f"remedies/{remedy.id}/"), remedy.id
        serious = {w.id for w in mentioned_warnings(site_data, remedy)}
        for cause in site_data.causes:
            if remedy.id in cause.remedies:
                assert serious <= boxes(f"causes/{cause.id}/"), (cause.id, remedy.id)
        for stretch in site_data.stretches:
            if remedy.id in stretch.remedies:
                assert serious <= boxes(f"stretches/{stretch.id}/"), (stretch.id, remedy.id)
        claims_page = article(site_page("myths/"))
        for claim in site_data.claims:
            if remedy.id in claim.remedies and serious:
                heading = claims_page.select_one(f"#{record_anchor('claims', claim.id)}")
                following = heading.find_next("h3")
                shown = {
                    d["data-warning"]
                    for d in heading.find_all_next(attrs={"data-warning": True})
                    if following is None or d.sourceline < following.sourceline
                }
                assert serious <= shown, (claim.id, remedy.id)
    for medicine in site_data.medications:
        assert set(medicine.warnings) <= boxes(f"medicines/{medicine.id}/"), medicine.id
    listed = boxes("warnings/")
    assert listed == {w.id for w in site_data.safety_warnings}


def test_comparisons_show_every_point_with_column_names_for_phones(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    page = article(site_page("cramps-or-restless-legs/"))
    for comparison in site_data.comparisons:
        heading = page.select_one(f"#{record_anchor('comparisons', comparison.id)}")
        assert heading is not None and text_of(heading) == squash(comparison.name)
        table = heading.find_next("table")
        assert [text_of(th) for th in table.select("thead th")][1:] == [
            squash(c) for c in comparison.columns
        ]
        rows = table.select("tbody tr")
        assert len(rows) == len(comparison.rows)
        for row, data in zip(rows, comparison.rows, strict=True):
            assert squash(data.label) in text_of(row.th)
            cells = row.select("td")
            assert [c["data-label"] for c in cells] == comparison.columns
            assert [text_of(c) for c in cells] == [squash(c) for c in data.cells]
        assert table.find_parent(class_="nc-reflow"), "the table reflows on a phone"


def test_red_flags_are_grouped_by_urgency_in_care_cards(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    page = article(site_page("get-help/"))
    cards = page.select("section.nc-care")
    order = [c["class"][1].removeprefix("nc-care--") for c in cards]
    present = [u.value for u in Urgency if any(f.urgency is u for f in site_data.red_flags)]
    assert order == present, "one card per urgency, most urgent first"
    for flag in site_data.red_flags:
        item = page.select_one(f"li#{record_anchor('red-flags', flag.id)}")
        assert item is not None, flag.id
        card = item.find_parent("section")
        assert f"nc-care--{flag.urgency.value}" in card["class"], flag.id
        assert squash(word("urgency", flag.urgency).label) in text_of(
            card.select_one(".nc-care__head")
        )
        assert squash(flag.action) in text_of(item), flag.id


def test_every_claim_has_its_verdict_and_correction(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    page = article(site_page("myths/"))
    for claim in site_data.claims:
        heading = page.select_one(f"#{record_anchor('claims', claim.id)}")
        assert heading is not None and text_of(heading) == squash(claim.name), claim.id
        box = heading.find_next(class_="nc-claimbox")
        assert text_of(box.select_one(".nc-badge")) == squash(word("claim", claim.verdict).label)
        assert squash(claim.correction) in text_of(box), claim.id


def test_sources_page_formats_every_source_and_lists_who_cites_it(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    page = article(site_page("sources/"))
    for source in site_data.sources:
        entry = page.select_one(f"li#src-{source.id}")
        assert entry is not None, source.id
        hrefs = {a["href"] for a in entry.select("a")}
        assert str(source.url) in hrefs
        if source.doi:
            assert f"https://doi.org/{source.doi}" in hrefs, source.id
        if source.pmid:
            assert f"https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/" in hrefs, source.id
    for collection in ("remedies", "causes", "medications", "warnings", "claims"):
        for record in site_data.all(collection):
            for source_id in source_ids(record):
                used = text_of(page.select_one(f"li#src-{source_id} .nc-src__used"))
                assert squash(record.name) in used, (source_id, record.id)


def test_glossary_lists_every_term(site_data: Any, site_page: Callable[[str], Soup]) -> None:
    page = article(site_page("glossary/"))
    for term in site_data.glossary:
        entry = page.select_one(f"#{record_anchor('glossary', term.id)}")
        assert entry is not None and squash(term.name) in text_of(entry.dt), term.id
        assert squash(term.summary) in text_of(entry), term.id


def test_glossary_terms_become_tooltips_in_remedy_pages(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    """Wherever a glossary word appears in a remedy's evidence, it carries its meaning."""
    checked = 0
    for remedy in site_data.remedies:
        page = article(site_page(f"remedies/{remedy.id}/"))
        items = page.select("h2#what-the-research-says + ul > li")
        for fact, item in zip(remedy.evidence, items, strict=True):
            for term in site_data.glossary:
                if any(n.lower() in remedy.name.lower() for n in (term.name, *term.aliases)):
                    continue  # the page's own subject is not underlined on its own page
                for spelling in terms_of(term):
                    if not re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", fact.text):
                        continue
                    # A longer term may cover this one ("Cochrane review" covers "Cochrane").
                    covering = [
                        a
                        for a in item.select("abbr")
                        if re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", a.get_text())
                    ]
                    assert covering, f"{remedy.id}: {spelling!r} has no tooltip"
                    exact = [a for a in covering if a.get_text() == spelling]
                    for abbr in exact:
                        assert squash(term.summary) in squash(abbr["title"]), (remedy.id, spelling)
                    checked += 1
    assert checked, "no glossary word found in any remedy's evidence: the test checked nothing"


def test_home_page_leads_with_first_aid_then_help_then_sections(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    page = article(site_page(""))
    card = page.select_one(".nc-now")
    assert card is not None and squash("Cramp right now?") in text_of(card)
    main = site_data.first_aid[0]
    shown = [text_of(li) for li in card.select("ol > li")]
    assert shown == [squash(s) for s in first_steps(main)] and shown
    first_block = page.find(["section", "h2", "p", "div"], recursive=False)
    assert first_block is card, "the first-aid card is the first thing after the title"
    help_block = page.select_one(".nc-care-group")
    for flag in site_data.red_flags:
        assert squash(flag.name) in text_of(help_block), flag.id
    for target in ("causes/", "remedies/", "cramps-or-restless-legs/", "stretches/", "medicines/"):
        assert page.select_one(f'.nc-cards a[href="{target}"]'), target


def test_night_card_has_all_first_aid_and_every_red_flag(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    card = article(site_page("night-card/")).select_one(".nc-night")
    shown = text_of(card)
    for aid in site_data.first_aid:
        for step in aid.steps:
            assert squash(step) in shown, aid.id
    for flag in site_data.red_flags:
        assert squash(flag.name) in shown and squash(flag.action) in shown, flag.id


def test_about_page_explains_grades_and_states_policies(site_page: Callable[[str], Soup]) -> None:
    from macros.render.vocab import vocabulary

    page = article(site_page("about/"))
    shown = text_of(page)
    for name in ("verdict", "certainty", "safety", "urgency", "claim"):
        for value, display in vocabulary(name).items():
            assert squash(display.label) in shown and squash(display.meaning) in shown, (
                name,
                value,
            )
    for phrase in (
        "WCAG 2.2",
        "not a substitute",
        "no cookies",
        "CC BY 4.0",
        "open an issue",
        "No doctor, nurse or pharmacist has reviewed",
    ):
        assert squash(phrase) in shown, phrase


def test_404_offers_search_and_the_main_pages(built_site: Any) -> None:
    from bs4 import BeautifulSoup

    page = BeautifulSoup((built_site / "404.html").read_text(encoding="utf-8"), "html.parser")
    body = page.select_one("article")
    assert body.select_one('label[for="__search"]'), "a button that opens search"
    hrefs = {a["href"].rstrip("/").rsplit("/", 1)[-1] for a in body.select("a")}
    assert {"first-aid", "get-help", "remedies", "causes"} <= hrefs


def test_risky_remedies_never_appear_without_a_link_to_their_warning(
    site_data: Any, site_paths: list[str], site_page: Callable[[str], Soup]
) -> None:
    """Evidence rule 5 of CONTRIBUTING.md (and quinine's rule): a page that presents a remedy
    at safety warning or danger also shows its warning. The Sources page is exempt: its
    'Cited on' lists are backlinks to the pages that present the remedy, not a presentation."""
    import posixpath
    from urllib.parse import urlsplit

    risky = [r for r in site_data.remedies if r.safety in {Safety.WARNING, Safety.DANGER}]
    assert risky, "no remedy at warning or danger: this test would check nothing"
    for path in site_paths:
        if path == "sources/":
            continue
        links = set()
        for a in article(site_page(path)).select("a[href]"):
            parts = urlsplit(a["href"])
            if not parts.scheme and parts.path:
                links.add(posixpath.normpath(posixpath.join(path, parts.path)) + "/")
        for remedy in risky:
            warnings = {f"warnings/{w}/" for w in remedy.warnings}
            if f"remedies/{remedy.id}/" in links and path not in warnings:
                assert links & warnings, f"{path or 'home'} shows {remedy.id} without its warning"


def test_myths_have_a_way_in_by_topic_with_each_claim_once(
    site_data: Any, site_page: Callable[[str], Soup]
) -> None:
    """70 claims in one column were 51 phone screens: now a jump list, topics, folded claims."""
    page = article(site_page("myths/"))
    jumps = [a["href"] for a in page.select("nav.nc-jump a")]
    topics = [f"#{h2['id']}" for h2 in page.select("h2[id^='topic-']")]
    assert jumps and jumps == topics, (jumps, topics)
    folded = page.select("details.nc-claim")
    assert len(folded) == len(site_data.claims)
    names = [text_of(d.select_one("summary h3")) for d in folded]
    assert sorted(names) == sorted(squash(c.name) for c in site_data.claims)
    first = site_data.claims[0]  # the data opens with "Night leg cramps are common"
    assert names[0] != squash(first.name), "the page still opens with the data's first claim"


def test_clot_signs_come_before_the_comparisons_and_one_review_line_ends_the_page(
    site_page: Callable[[str], Soup],
) -> None:
    page = article(site_page("cramps-or-restless-legs/"))
    clot = page.select_one("#could-it-be-a-clot")
    first_table = page.select_one("table.nc-compare")
    assert clot is not None and clot.sourceline < first_table.sourceline
    assert page.select_one("#red-flag-dvt-signs, [id$='dvt-signs']") is not None
    reviewed = page.select(".nc-reviewed")
    assert len(reviewed) == 1, f"{len(reviewed)} 'Last reviewed' lines: one ends the page"


def test_citations_show_runs_of_three_or_more_as_one_range() -> None:
    from macros.render.citations import runs

    assert runs([1, 2, 3, 4, 5, 6, 7, 8, 9]) == [(1, 9)]
    assert runs([1, 2, 4, 6, 7, 8]) == [(1, 2), (4, 4), (6, 8)]


def test_first_aid_citations_are_short_and_every_source_one_tap_away(
    site_page: Callable[[str], Soup],
) -> None:
    """The sources of each cramp's advice follow its steps, not the text a reader in pain reads."""
    page = article(site_page("first-aid/"))
    listed = {li["id"] for li in page.select("ol.nc-refs > li")}
    assert not page.select("ol.nc-steps sup.nc-cite, ol.nc-steps + * sup.nc-cite")
    after = page.select("ol.nc-steps + p.nc-sources-for")
    assert len(after) == len(page.select("ol.nc-steps")), "each list of steps has its sources"
    for line in after:
        links = line.select("a")
        assert links and all(a["href"].lstrip("#") in listed for a in links)
