"""In a real Chromium: the figure moves from the start pose to the end pose and rests there,
and stands still on the end pose for readers who ask for reduced motion.

The page is a stretch figure plus the site's figures.css, opened from disk, so this checks the
markup and the stylesheet together without building the whole site.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from macros.dataset import build_dataset
from macros.figure import render_figure

from .browser.chromium import launch_options
from .conftest import ROOT

pytestmark = pytest.mark.browser

# Each moving group's computed transform, its `transform` attribute (the end pose) and its
# start pose (--s), as matrices, so they can be compared as numbers.
MATRICES = """() => [...document.querySelectorAll('.nc-fig .j')].map((g) => {
  const end = g.transform.baseVal.consolidate().matrix;
  const start = new DOMMatrix(getComputedStyle(g).getPropertyValue('--s'));
  const now = new DOMMatrix(getComputedStyle(g).transform);
  const flat = (m) => [m.a, m.b, m.c, m.d, m.e, m.f];
  return {now: flat(now), end: flat(end), start: flat(start),
          animation: getComputedStyle(g).animationName};
})"""


def close(a: list[float], b: list[float]) -> bool:
    return all(abs(x - y) < 0.05 for x, y in zip(a, b, strict=True))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def figure_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    stretch = build_dataset().get("stretches", "standing-calf-wall")
    css = (ROOT / "docs" / "stylesheets" / "figures.css").read_text(encoding="utf-8")
    page = tmp_path_factory.mktemp("figure") / "figure.html"
    page.write_text(
        f"<!doctype html><meta charset=utf-8><style>{css}</style>{render_figure(stretch)}",
        encoding="utf-8",
    )
    return page


def open_page(browser: Browser, path: Path, motion: str) -> Page:
    context = browser.new_context(reduced_motion=motion, viewport={"width": 375, "height": 667})
    page = context.new_page()
    page.goto(path.as_uri())
    return page


def test_reduced_motion_shows_the_end_pose_still(browser: Browser, figure_page: Path) -> None:
    page = open_page(browser, figure_page, "reduce")
    groups = page.evaluate(MATRICES)
    assert groups
    for group in groups:
        assert group["animation"] == "none"
        assert close(group["now"], group["end"])
    assert page.evaluate("document.getAnimations().length") == 0


def test_the_movement_starts_on_the_start_pose_and_ends_on_the_end_pose(
    browser: Browser, figure_page: Path
) -> None:
    page = open_page(browser, figure_page, "no-preference")
    page.evaluate("document.getAnimations().forEach((a) => { a.pause(); a.currentTime = 0; })")
    groups = page.evaluate(MATRICES)
    assert groups and all(g["animation"] == "nc-fig-move" for g in groups)
    assert all(close(g["now"], g["start"]) for g in groups)
    assert any(not close(g["start"], g["end"]) for g in groups)
    page.evaluate("document.getAnimations().forEach((a) => a.finish())")
    assert all(close(g["now"], g["end"]) for g in page.evaluate(MATRICES))
