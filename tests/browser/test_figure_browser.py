"""In a real Chromium: the figure moves from the start pose to the end pose and rests there,
and stands still on the end pose for readers who ask for reduced motion.

The page is a stretch figure plus the site's figures.css, opened from disk, so this checks the
markup and the stylesheet together without building the whole site.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from macros.dataset import build_dataset
from macros.render.figure import render_figure
from tests.helpers.project import ROOT

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

# Run in its own process: the browser suite keeps a Playwright session open in this one, and
# Playwright's sync API cannot start a second one inside it.
DRIVER = """
import json, sys
from playwright.sync_api import sync_playwright
from tests.browser.chromium import launch_options
url, script = sys.argv[1], sys.argv[2]
result = {}
with sync_playwright() as p:
    browser = p.chromium.launch(**launch_options())
    for motion in ("reduce", "no-preference"):
        page = browser.new_context(reduced_motion=motion).new_page()
        page.goto(url)
        seen = {"animations": page.evaluate("document.getAnimations().length")}
        page.evaluate("document.getAnimations().forEach((a) => { a.pause(); a.currentTime = 0; })")
        seen["first"] = page.evaluate(script)
        page.evaluate("document.getAnimations().forEach((a) => a.finish())")
        seen["last"] = page.evaluate(script)
        result[motion] = seen
    browser.close()
print(json.dumps(result))
"""


def close(a: list[float], b: list[float]) -> bool:
    return all(abs(x - y) < 0.05 for x, y in zip(a, b, strict=True))


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What Chromium shows, with and without reduced motion, at the first and last frame."""
    stretch = build_dataset().get("stretches", "standing-calf-wall")
    css = (ROOT / "docs" / "stylesheets" / "figures.css").read_text(encoding="utf-8")
    page = tmp_path_factory.mktemp("figure") / "figure.html"
    page.write_text(
        f"<!doctype html><meta charset=utf-8><style>{css}</style>{render_figure(stretch)}",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, page.as_uri(), MATRICES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


def test_reduced_motion_shows_the_end_pose_still(seen: dict[str, Any]) -> None:
    still = seen["reduce"]
    assert still["animations"] == 0
    assert still["first"]
    for group in still["first"]:
        assert group["animation"] == "none"
        assert close(group["now"], group["end"])


def test_the_movement_starts_on_the_start_pose_and_ends_on_the_end_pose(
    seen: dict[str, Any],
) -> None:
    moving = seen["no-preference"]
    assert moving["animations"] == len(moving["first"]) > 0
    assert all(g["animation"] == "nc-fig-move" for g in moving["first"])
    assert all(close(g["now"], g["start"]) for g in moving["first"])
    assert any(not close(g["start"], g["end"]) for g in moving["first"])
    assert all(close(g["now"], g["end"]) for g in moving["last"])
