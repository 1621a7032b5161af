"""The SVG a stretch page embeds: deterministic, accessible, themeable, light, self-contained."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from macros.dataset import Dataset, build_dataset
from macros.models import Stretch
from macros.render.figure import figure_svg, render_figure
from tests.helpers.project import ROOT

SVG = "{http://www.w3.org/2000/svg}"
CSS = (ROOT / "docs" / "stylesheets" / "figures.css").read_text(encoding="utf-8")
MAX_BYTES = 8_000  # an inline figure must stay small: it is sent with every page view


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset()


@pytest.fixture(scope="module")
def stretches(dataset: Dataset) -> list[Stretch]:
    return list(dataset.stretches)


def test_the_same_data_gives_byte_identical_svg(stretches: list[Stretch]) -> None:
    for item in stretches:
        assert render_figure(item) == render_figure(item)


def test_output_does_not_depend_on_the_process() -> None:
    """Hash seeds and dictionary order differ between runs; the bytes must not."""
    script = (
        "import hashlib; from macros.dataset import build_dataset; "
        "from macros.render.figure import render_figure; "
        "print(hashlib.sha256(''.join(render_figure(s) for s in "
        "build_dataset().stretches).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
    here = hashlib.sha256(
        "".join(render_figure(s) for s in build_dataset().stretches).encode()
    ).hexdigest()
    assert digests == {here}


def test_each_figure_is_an_accessible_image(stretches: list[Stretch]) -> None:
    for item in stretches:
        svg = ET.fromstring(figure_svg(item))
        assert svg.get("role") == "img"
        title = svg.find(f"{SVG}title")
        desc = svg.find(f"{SVG}desc")
        assert title is not None and desc is not None
        assert svg.get("aria-labelledby") == title.get("id")
        assert svg.get("aria-describedby") == desc.get("id")
        assert title.text == item.name
        assert desc.text and "highlighted" in desc.text and "arrow" in desc.text


def test_the_description_says_what_the_picture_shows(dataset: Dataset) -> None:
    wall = figure_svg(dataset.get("stretches", "standing-calf-wall"))
    assert "A person stands, with hands flat on a wall." in wall
    assert "The stretched muscle is highlighted: the calf (the back of the lower leg)." in wall
    step = figure_svg(dataset.get("stretches", "calf-step"))
    assert "the heel moving down" in step
    towel = figure_svg(dataset.get("stretches", "seated-calf-towel"))
    assert "sits up in bed, pulling gently on a towel looped round the foot" in towel
    quad = figure_svg(dataset.get("stretches", "standing-quad-chair"))
    assert "holding the back of a chair with one hand and the ankle with the other" in quad


def test_ids_are_unique_across_figures_on_one_page(stretches: list[Stretch]) -> None:
    ids = re.findall(r'\bid="([^"]+)"', "".join(render_figure(s) for s in stretches))
    assert len(ids) == len(set(ids)) == 3 * len(stretches)


def test_figures_are_small_and_request_nothing(stretches: list[Stretch]) -> None:
    for item in stretches:
        markup = render_figure(item)
        assert len(markup.encode()) < MAX_BYTES, f"{item.id}: {len(markup.encode())} bytes"
        assert "\n" not in markup  # one line: Markdown leaves it alone
        assert "http://" not in markup.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in markup and "href" not in markup


def test_colours_come_from_the_stylesheet_not_the_markup(stretches: list[Stretch]) -> None:
    for item in stretches:
        markup = figure_svg(item)
        assert not re.search(r'\b(fill|stroke|style)="[^"]*#', markup)
        assert not re.search(r"#[0-9a-fA-F]{3,6}\b", markup)


def test_the_stylesheet_ties_colours_to_materials_palette() -> None:
    themed = CSS.split("@supports", 1)[1].split("\n}\n", 1)[0]
    for variable in ("--md-default-fg-color", "--md-default-bg-color", "--md-accent-fg-color"):
        assert f"var({variable})" in themed
    for rule in re.findall(r"\.nc-fig \.[\w-]+ \{([^}]*)\}", CSS):
        for colour in re.findall(r"(?:fill|stroke|flood-color):\s*([^;]+);", rule):
            assert colour == "none" or colour.startswith("var(--nc-"), rule
    assert '[data-md-color-scheme="slate"] .nc-fig' in CSS


def test_moving_parts_carry_both_poses_and_hold_the_end_pose(stretches: list[Stretch]) -> None:
    for item in stretches:
        svg = ET.fromstring(figure_svg(item))
        moving = [g for g in svg.iter(f"{SVG}g") if g.get("class") == "j"]
        assert moving, item.id
        for group in moving:
            style = group.get("style", "")
            assert re.fullmatch(r"--s:[^;]+;--e:[^;]+", style), style
            end = style.split("--e:")[1]
            attr = re.sub(r"(translate|rotate|scale)\(([^)]*)\)", r"\1", group.get("transform", ""))
            assert set(attr.split()) <= set(re.findall(r"translate|rotate|scale", end))


def test_motion_stops_for_readers_who_ask_for_less() -> None:
    reduced = CSS.split("@media (prefers-reduced-motion: reduce)", 1)[1]
    assert re.search(r"\.nc-fig \.j[^{]*\{\s*animation: none;", reduced)
    move = re.search(
        r"\.nc-fig \.j \{\s*animation: (\S+) ([\d.]+)s ease-in-out ([\d.]+)s 1 both", CSS
    )
    assert move, "one gentle run that ends on the end pose"
    assert float(move.group(2)) + float(move.group(3)) <= 5.0  # WCAG 2.2.2: stops within 5 s


def test_a_towel_is_drawn_only_for_towel_stretches(stretches: list[Stretch]) -> None:
    for item in stretches:
        has_towel = any(p.kind == "towel" for p in item.figure.props)
        assert ('class="t"' in figure_svg(item)) == has_towel, item.id
