"""The guide "Is it a cramp?": its graph, its build check, and its built page.

The located errors for broken questions (an answer that leads nowhere, a loop, a question no
one reaches, a missing end record) are fixtures in fixtures/invalid/guide-*; these tests cover
what a fixture cannot: the red flags are reached by construction, and the check notices if
the graph ever stops reaching one.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import pytest
from bs4 import BeautifulSoup

import macros.checks.guide as guide_check
from macros.dataset import Dataset, check_data
from macros.models import RedFlag
from macros.models.guide_graph import Guide, build_guide, end_key, question_key
from macros.render.guide import anchor, guide_page
from macros.render.links import Here, record_anchor

from tests.helpers.project import ROOT

HOSTILE = "<script>alert(1)</script> {{ 7*7 }} *not bold* [a](b)"


@pytest.fixture(scope="module")
def real() -> Dataset:
    dataset, problems = check_data(ROOT / "data", root=ROOT)
    assert dataset is not None, "\n".join(map(str, problems))
    return dataset


def reached_flags(guide: Guide) -> set[str]:
    _, flags, _ = guide_check.walk(guide)
    return flags


def test_every_red_flag_in_the_data_is_reachable(real: Dataset) -> None:
    guide = build_guide(real.red_flags, real.guide_questions)
    assert reached_flags(guide) == {flag.id for flag in real.red_flags}


def test_red_flag_steps_come_first_most_urgent_first(real: Dataset) -> None:
    guide = build_guide(real.red_flags, real.guide_questions)
    urgencies = [step.urgency for step in guide.steps if step.urgency is not None]
    assert [s.urgency for s in guide.steps[: len(urgencies)]] == urgencies
    assert urgencies == sorted(urgencies, key=list(type(urgencies[0])).index)
    last_flag_step = guide.steps[len(urgencies) - 1]
    assert last_flag_step.choices[-1].step == question_key(real.guide_questions[0].id)


def test_a_new_red_flag_appears_in_the_guide_by_itself(real: Dataset) -> None:
    template = real.red_flags[0]
    new = template.model_copy(update={"id": "brand-new-sign", "name": "A brand new sign"})
    guide = build_guide([*real.red_flags, new], real.guide_questions)
    assert "brand-new-sign" in reached_flags(guide)


def test_the_check_reports_a_red_flag_the_guide_drops(
    real: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the graph ever stops offering a red flag, the build names that flag's line."""

    def without_last_flag(flags: list[RedFlag], questions: Any) -> Guide:
        return build_guide(flags[:-1], questions)

    monkeypatch.setattr(guide_check, "build_guide", without_last_flag)
    _, problems = check_data(ROOT / "data", root=ROOT)
    lost = [p for p in problems if "cannot be reached in the guide" in p.message]
    assert len(lost) == 1, problems
    assert lost[0].file == "data/red-flags.yaml"
    text = (ROOT / "data" / "red-flags.yaml").read_text(encoding="utf-8").splitlines()
    assert text[lost[0].line - 1].strip() == f"- id: {real.red_flags[-1].id}"


def test_question_anchors_are_the_listed_on_anchors(real: Dataset) -> None:
    """Links to a question from elsewhere (record_target) land on its step."""
    for question in real.guide_questions:
        assert anchor(question_key(question.id)) == record_anchor("guide-questions", question.id)


def test_data_text_is_escaped_on_the_guide(real: Dataset) -> None:
    first = real.guide_questions[0]
    answers = [first.answers[0].model_copy(update={"answer": HOSTILE}), *first.answers[1:]]
    hostile = first.model_copy(update={"name": HOSTILE, "summary": HOSTILE, "answers": answers})
    collections = dict(real.collections)
    collections["guide-questions"] = (hostile, *real.guide_questions[1:])
    html = guide_page(Dataset(MappingProxyType(collections)), Here(src="guide.md", url="guide/"))
    assert "<script>" not in html
    soup = BeautifulSoup(html, "html.parser")
    step = soup.select_one(f"#{anchor(question_key(first.id))}")
    assert step is not None
    assert step.h2.get_text() == HOSTILE
    assert step.select_one("a[data-nc-go]").get_text() == HOSTILE
    assert not soup.find("em")


def test_built_page_lists_every_step_answer_and_end(
    site_data: Any, site_page: Callable[[str], BeautifulSoup]
) -> None:
    page = site_page("guide/")
    guide = build_guide(site_data.red_flags, site_data.guide_questions)
    root = page.select_one("[data-nc-guide]")
    assert root is not None and root["data-nc-start"] == anchor(guide.start or "")
    for step in guide.steps:
        item = root.select_one(f"li#{anchor(step.key)}[data-nc-step]")
        assert item is not None, step.key
        assert item.h2.get_text() == step.title
        links = item.select("a[data-nc-go]")
        assert [a.get_text() for a in links] == [c.text for c in step.choices]
        for link, choice in zip(links, step.choices, strict=True):
            wanted = choice.step or end_key(choice.end)  # type: ignore[arg-type]
            assert link["href"] == f"#{anchor(wanted)}"
            assert root.select_one(link["href"]) is not None, link["href"]
            cited = link.find_next_sibling("sup")
            assert bool(cited) == bool(choice.sources), choice.text


def test_built_ends_say_what_to_do_and_link_their_pages(
    site_data: Any, site_page: Callable[[str], BeautifulSoup]
) -> None:
    page = site_page("guide/")
    for end in page.select("[data-nc-end]"):
        assert end.select_one("h3[tabindex='-1']") is not None
    for flag in site_data.red_flags:
        end = page.select_one(f"#guide-end-red-flags-{flag.id}")
        assert end is not None, flag.id
        assert flag.action in end.get_text(" ")
        assert end.select_one(f"a[href$='get-help/#flag-{flag.id}']") is not None
    first_aid = page.select_one("#guide-end-first-aid-calf a[href$='first-aid/#aid-calf']")
    assert first_aid is not None


def test_the_guide_has_no_inline_script_or_handlers(site_page: Callable[[str], Any]) -> None:
    """A CSP with script-src 'self' must not break it: only its own file runs code."""
    page = site_page("guide/")
    root = page.select_one("[data-nc-guide]")
    assert not root.find("script")
    assert not [t for t in root.find_all(True) if any(a.startswith("on") for a in t.attrs)]
    assert page.select_one("script[src$='javascripts/guide.js']") is not None
