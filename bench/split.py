"""Where a build's time goes: one profiled build, its time split into named parts.

A missed target is explained with data, not guesses: `python -m bench.split PROJECT SITE`
builds PROJECT once in this interpreter under cProfile and prints, as JSON, the cumulative
CPU time of the functions that stand for each part of a build (the data layer, the macros
plugin's page rendering, the macro calls inside it, the glossary pass, Python-Markdown, the
theme's page templates, the search plugin). Parts are found by the function that does the
work, so a part that nests inside another (macro calls inside the macros plugin) is printed
indented under it. Profiling slows every Python call alike, so the figures are shares of
the profiled build, not seconds to compare with the timed builds.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .measure import build_env, run_timed
from .project import REPO_ROOT


@dataclass(frozen=True)
class Part:
    """A part of a build: the functions whose cumulative time it is, and its parent part."""

    label: str
    depth: int
    # (file path ending, function name); a name ending in "*" matches any name with that start.
    functions: tuple[tuple[str, str], ...]
    # Functions called inside `functions` whose time belongs to another part.
    minus: tuple[tuple[str, str], ...] = ()


SEARCH_PAGE = ("plugins/search/plugin.py", "on_page_context")  # runs inside _build_page

PARTS: tuple[Part, ...] = (
    Part(
        "MkDocs config, plugins imported and set up",
        0,
        (("mkdocs/config/base.py", "load_config"),),
    ),
    Part(
        "data layer (load, validate, link)", 0, (("macros/dataset/__init__.py", "build_dataset"),)
    ),
    Part(
        "macros plugin, each page's Markdown (Jinja + macros)",
        0,
        (("mkdocs_macros/plugin.py", "on_page_markdown"),),
    ),
    Part(
        "Jinja: compiling page templates",
        1,
        (("jinja2/environment.py", "from_string"),),
    ),
    Part(
        "macro calls (render functions, glossary tooltips)",
        1,
        (("macros/builder/env.py", "macro"),),
    ),
    Part(
        "glossary: the definitions of the terms each output uses",
        2,
        (
            ("macros/render/glossary.py", "append_to"),
            ("macros/builder/env.py", "append_abbreviations"),
        ),
    ),
    # Page.render, not Markdown.convert: render functions convert short texts themselves,
    # and that time already belongs to the macro calls.
    Part(
        "Python-Markdown, each page's Markdown to HTML",
        0,
        (("mkdocs/structure/pages.py", "render"),),
    ),
    Part(
        "theme: page templates rendered",
        0,
        (("mkdocs/commands/build.py", "_build_page"),),
        minus=(SEARCH_PAGE,),
    ),
    Part("search plugin", 0, (("plugins/search/plugin.py", "on_*"),)),
)


def _matches(key: tuple[str, int, str], wanted: tuple[str, str]) -> bool:
    filename, _, name = key
    suffix, function = wanted
    if not filename.replace(os.sep, "/").endswith(suffix):
        return False
    return name.startswith(function[:-1]) if function.endswith("*") else name == function


def split_profile(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds per part (recursion counted once, as pstats does)."""
    entries = stats.stats  # type: ignore[attr-defined]
    result: dict[str, float] = {}

    def seconds(functions: tuple[tuple[str, str], ...]) -> float:
        return sum(
            entry[3]
            for key, entry in entries.items()
            if any(_matches(key, wanted) for wanted in functions)
        )

    for part in PARTS:
        result[part.label] = seconds(part.functions) - seconds(part.minus)
    result["total"] = stats.total_tt  # type: ignore[attr-defined]
    return result


def _build_here(project: Path, site: Path) -> dict[str, float]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.chdir(project)
    sys.path.insert(0, str(project))
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True)
    build(config)
    profile.disable()
    return split_profile(pstats.Stats(profile))


def profile_build(project: Path, site: Path, timeout: float) -> dict[str, float]:
    """The split of one build of `project`, measured in a fresh interpreter."""
    command = [sys.executable, "-m", "bench.split", str(project), str(site)]
    run = run_timed(command, cwd=REPO_ROOT, env=build_env(), timeout=timeout)
    parts: dict[str, float] = json.loads(run.output.strip().splitlines()[-1])
    return parts


def split_table(splits: list[tuple[str, int, dict[str, float]]]) -> str:
    """Each part as a share of its profiled build and as profiled ms per page, per build.

    `splits` holds (build name, pages built, parts); the ms per page show what grows with
    the site when time per page is not constant.
    """
    rows: list[tuple[str, list[str]]] = []
    labels = [("  " * part.depth + part.label, part) for part in PARTS]
    for label, part in labels:
        rows.append((label, [_cell(parts[part.label], parts, pages) for _, pages, parts in splits]))
    rest = [
        parts["total"] - sum(parts[p.label] for p in PARTS if p.depth == 0)
        for _, _, parts in splits
    ]
    rows.append(
        (
            "everything else (nav, files, static assets copied)",
            [_cell(r, parts, pages) for r, (_, pages, parts) in zip(rest, splits, strict=True)],
        )
    )
    rows.append(("profiled total, CPU (s)", [f"{parts['total']:.1f}" for _, _, parts in splits]))
    head = ("part of the build (share; profiled ms per page)", [name for name, _, _ in splits])
    width = max(len(label) for label, _ in [head, *rows])
    cells = [max(len(row[1][i]) for row in [head, *rows]) for i in range(len(splits))]
    lines = [
        f"{label.ljust(width)}  "
        + "  ".join(v.rjust(w) for v, w in zip(values, cells, strict=True))
        for label, values in [head, *rows]
    ]
    return "\n".join(lines)


def _cell(seconds: float, parts: dict[str, float], pages: int) -> str:
    share = 100 * seconds / parts["total"]
    per_page = 1000 * seconds / pages if pages else float("nan")
    return f"{share:4.1f}% {per_page:6.1f}"


if __name__ == "__main__":
    print(json.dumps(_build_here(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())))
