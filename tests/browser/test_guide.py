"""The guide "Is it a cramp?": every path walked in Chromium, with JavaScript on and off.

The paths are worked out from the data the site was built from (the same graph the page is
drawn from), so a new red flag or question is walked without editing this file. With
JavaScript on, the reader sees one question at a time: each answer shows exactly the next
question or end, focus moves to its heading, Back returns to the question before and Start
again to the first. With JavaScript off, every question and answer is on the page as links.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from macros.models.guide_graph import NONE_OF_THESE, Choice, Guide, build_guide, end_key
from macros.render.guide import anchor
from macros.render.links import record_target, src_to_url

from .chromium import PHONE

pytestmark = pytest.mark.browser

PATH = "guide/"
VISIBLE = """(guide) => Array.from(guide.querySelectorAll('[data-nc-step], [data-nc-end]'))
  .filter((panel) => panel.offsetParent !== null).map((panel) => panel.id)"""


@pytest.fixture(scope="module")
def guide(site_data: Any) -> Guide:
    return build_guide(site_data.red_flags, site_data.guide_questions)


def target(choice: Choice) -> str:
    """The anchor of what an answer shows next."""
    return anchor(choice.step if choice.step is not None else end_key(choice.end))  # type: ignore[arg-type]


def paths(guide: Guide) -> Iterator[list[tuple[str, int, Choice]]]:
    """Every path from the first step to an end, as (step anchor, answer number, answer)."""
    steps = guide.by_key()

    def walk(key: str, so_far: list[tuple[str, int, Choice]]) -> Iterator[list[Any]]:
        for index, choice in enumerate(steps[key].choices):
            here = [*so_far, (anchor(key), index, choice)]
            if choice.step is None:
                yield here
            else:
                yield from walk(choice.step, here)

    assert guide.start is not None, "the guide has no steps"
    yield from walk(guide.start, [])


def read_next(collection: str, record_id: str) -> str:
    """How the link to a record's page or card ends ('first-aid/#aid-calf')."""
    src, card = record_target(collection, record_id)
    return src_to_url(src) + (f"#{card}" if card else "")


def shown(page: Page) -> list[str]:
    return page.locator("[data-nc-guide]").evaluate(VISIBLE)


def focused_panel(page: Page) -> str:
    return page.evaluate(
        "() => { const p = document.activeElement && document.activeElement.closest("
        "'[data-nc-step], [data-nc-end]'); return p ? p.id : '' }"
    )


def start_again(page: Page) -> None:
    """Go back to the first question (the button only shows away from it)."""
    again = page.get_by_role("button", name="Start again", exact=True)
    if again.is_visible():
        again.click()


def answer(page: Page, step: str, index: int) -> None:
    page.locator(f"#{step} a[data-nc-go]").nth(index).click()


def test_every_path_ends_where_the_data_says(
    page: Page, site_url: str, site_data: Any, guide: Guide
) -> None:
    """Each answer shows only its next step or end; each red-flag end says what to do now."""
    page.goto(site_url + PATH, wait_until="load")
    page.wait_for_selector("[data-nc-guide][data-nc-ready]", state="attached")
    page.evaluate("window.__notReloaded = true")
    start = anchor(guide.start or "")
    problems: list[str] = []
    walked = 0
    for path in paths(guide):
        start_again(page)
        if shown(page) != [start]:
            problems.append(f"Start again shows {shown(page)}, not only {start}")
        for step, index, choice in path:
            answer(page, step, index)
            want = target(choice)
            if shown(page) != [want]:
                problems.append(f"answer {choice.text!r} on {step} shows {shown(page)}, not {want}")
            elif focused_panel(page) != want:
                problems.append(f"after {choice.text!r} focus is not on the heading of {want}")
        *_, (last_step, _, last) = path
        end = page.locator(f"#{target(last)}")
        if last.end is not None and last.end.red_flag:
            flag = site_data.get("red-flags", last.end.red_flag)
            if not end.locator(f"a[href*='#flag-{flag.id}']").count():
                problems.append(f"the end {target(last)} does not link the red flag {flag.id}")
            if flag.action not in end.inner_text():
                problems.append(f"the end {target(last)} does not say what to do: {flag.action}")
        for _, collection, record_id in last.end.targets() if last.end else ():
            if (
                collection != "red-flags"
                and not end.locator(f"a[href$='{read_next(collection, record_id)}']").count()
            ):
                problems.append(f"the end {target(last)} does not link {collection}/{record_id}")
        page.get_by_role("button", name="Back", exact=True).click()
        if shown(page) != [last_step]:
            problems.append(f"Back from {target(last)} shows {shown(page)}, not {last_step}")
        walked += 1
    assert page.evaluate("window.__notReloaded === true"), "an answer reloaded the page"
    assert page.url == site_url + PATH, f"answering changed the address to {page.url}"
    assert walked > 10, f"only {walked} paths: the test walked hardly anything"
    assert not problems, "\n".join(problems)


def test_back_and_start_again(page: Page, site_url: str, guide: Guide) -> None:
    page.goto(site_url + PATH, wait_until="load")
    page.wait_for_selector("[data-nc-guide][data-nc-ready]", state="attached")
    start = anchor(guide.start or "")
    assert not page.get_by_role("button", name="Back", exact=True).is_visible(), (
        "Back shows on the start"
    )
    longest = max(paths(guide), key=len)
    for step, index, _ in longest:
        answer(page, step, index)
    for step, _, _ in reversed(longest):
        page.get_by_role("button", name="Back", exact=True).click()
        assert shown(page) == [step]
        assert focused_panel(page) == step
    for step, index, _ in longest[:2]:
        answer(page, step, index)
    page.get_by_role("button", name="Start again").click()
    assert shown(page) == [start]
    assert focused_panel(page) == start


def test_a_link_to_a_question_opens_at_it(page: Page, site_url: str, guide: Guide) -> None:
    """`make new` and other pages link to guide/#guide-question-<id>: that question shows."""
    start = anchor(guide.start or "")
    last = anchor(guide.steps[-1].key)
    page.goto(site_url + PATH + "#" + last, wait_until="load")
    page.wait_for_selector("[data-nc-guide][data-nc-ready]", state="attached")
    assert shown(page) == [last]
    page.get_by_role("button", name="Back", exact=True).click()
    assert shown(page) == [start]


def test_controls_are_big_enough_to_tap(browser: Browser, site_url: str) -> None:
    """Answers and buttons are at least 24 px tall (WCAG 2.2 target size), on a phone."""
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site_url + PATH, wait_until="load")
        page.wait_for_selector("[data-nc-guide][data-nc-ready]", state="attached")
        heights = []
        for _ in range(2):  # the first question, then the next (with Back and Start again)
            controls = page.locator(
                "[data-nc-guide] a[data-nc-go]:visible, [data-nc-guide] button:visible"
            )
            heights += controls.evaluate_all(
                "els => els.map(e => e.getBoundingClientRect().height)"
            )
            controls.filter(has_text=NONE_OF_THESE).first.click()
        assert len(heights) > 4, f"only {len(heights)} visible controls were measured"
        assert min(heights) >= 24, f"a control is only {min(heights):.0f} px tall"
    finally:
        context.close()


def test_works_after_instant_navigation(page: Page, site_url: str, guide: Guide) -> None:
    page.goto(site_url + "cramps-or-restless-legs/", wait_until="load")
    page.evaluate("window.__notReloaded = true")
    page.locator(f"nav a[href$='{PATH}']").first.click()
    page.wait_for_url(site_url + PATH)
    page.wait_for_selector("[data-nc-guide][data-nc-ready]", state="attached")
    assert page.evaluate("window.__notReloaded === true"), "the link reloaded the page"
    first = guide.steps[0]
    answer(page, anchor(first.key), len(first.choices) - 1)
    assert shown(page) == [target(first.choices[-1])]


def test_without_javascript_every_question_and_answer_is_listed(
    browser: Browser, site_url: str, guide: Guide
) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + PATH, wait_until="load")
        problems = []
        for step in guide.steps:
            panel = page.locator(f"#{anchor(step.key)}")
            if not panel.is_visible():
                problems.append(f"the question {step.title!r} is not shown")
                continue
            links = panel.locator("a[data-nc-go]")
            texts = [t.strip() for t in links.all_inner_texts()]
            if texts != [c.text for c in step.choices]:
                problems.append(f"{step.key} lists {texts}")
            for index, choice in enumerate(step.choices):
                href = links.nth(index).get_attribute("href")
                if href != f"#{target(choice)}" or not page.locator(href).is_visible():
                    problems.append(f"the answer {choice.text!r} links to {href}, not shown")
        assert not problems, "\n".join(problems)
    finally:
        context.close()
