"""Measure one scale: generate the project, time the data layer and both builds.

Builds with and without macros alternate within each run (A B, then B A), so a machine
that gets busier or quieter during the benchmark affects both sides alike and the overhead
ratio stays fair. Slow scales get fewer runs, and a scale whose linear projection from the
previous one exceeds the time limit is not built at all: the note says so, with the figure.
"""

from __future__ import annotations

import filecmp
import math
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from macros.reading.limits import FACTOR_VARIABLE

from .measure import BenchError, BenchTimeout, median, mkdocs_build, probe_data_layer
from .prerender import make_plain_twin
from .report import ScaleResult
from .synthetic import make_scaled_project
from .weight import content_pages

MIB = 1024


@dataclass(frozen=True)
class Plan:
    """How hard to try: runs per scale, the limit for one build, when a scale is slow."""

    runs: int
    timeout: float
    slow_after: float


def say(message: str) -> None:
    """Progress on stderr, so the table on stdout stays clean."""
    print(message, file=sys.stderr, flush=True)


def _differing_files(left: Path, right: Path) -> int:
    """How many files differ between two built sites (0 means byte-identical)."""
    count = 0
    stack = [filecmp.dircmp(left, right)]
    while stack:
        diff = stack.pop()
        count += len(diff.left_only) + len(diff.right_only) + len(diff.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(
            diff.left, diff.right, diff.common_files, shallow=False
        )
        count += len(mismatch) + len(errors)
        stack.extend(diff.subdirs.values())
    return count


def _probe(root: Path, result: ScaleResult, probes: list[dict]) -> None:
    found = probe_data_layer(root)
    if found["error_count"]:
        problems = "\n".join(found["errors"])
        count = found["error_count"]
        raise BenchError(
            f"the data at {result.factor}x has {count} problem{'s' if count != 1 else ''}, so "
            f"timing it would mean nothing; fix {'them' if count != 1 else 'it'} first "
            f"(`make validate`):\n{problems}"
        )
    probes.append(found)
    result.records = found["records"]


def _summarise_probes(result: ScaleResult, probes: list[dict]) -> None:
    result.data_s = median([p["total_s"] for p in probes])
    result.data_wall_s = median([p["total_wall_s"] for p in probes])
    result.import_s = median([p["import_s"] for p in probes])
    phases = {name for p in probes for name in p["phases_s"]}
    result.phases_s = {n: median([p["phases_s"].get(n, math.nan) for p in probes]) for n in phases}


def measure_scale(
    source: Path, work: Path, factor: int, plan: Plan, projected_s: float | None
) -> tuple[ScaleResult, Path | None]:
    """All figures for one scale; returns them and the last site built with macros."""
    result = ScaleResult(factor)
    say(f"[{factor}x] writing the project copy")
    project = make_scaled_project(source, work / f"x{factor}", factor).root
    os.environ[FACTOR_VARIABLE] = str(factor)  # the data limits grow with the data (limits.py)
    probes: list[dict] = []
    _probe(project, result, probes)
    say(f"[{factor}x] {result.records} records valid; data layer {probes[0]['total_s']:.2f} s")
    if projected_s is not None and projected_s > plan.timeout:
        result.note = (
            f"not built: a linear projection from the previous scale gives about "
            f"{projected_s:.0f} s per build, over the {plan.timeout:.0f} s limit "
            f"(run with --timeout {math.ceil(projected_s * 1.5 / 60) * 60} to build it)"
        )
        _summarise_probes(result, probes)
        return result, None
    twin = work / f"x{factor}-plain"
    site, plain_site = work / f"x{factor}-site", work / f"x{factor}-plain-site"
    try:
        say(f"[{factor}x] capturing the rendered Markdown (one build with macros)")
        pilot = make_plain_twin(project, twin, site, plan.timeout)
    except BenchTimeout:
        result.note = f"not built: one build took longer than the {plan.timeout:.0f} s limit"
        _summarise_probes(result, probes)
        return result, None
    builds, plains = [], []
    runs = plan.runs
    if pilot.seconds >= plan.slow_after:
        # Short of time: one run, and the capturing build is the timed build with macros.
        runs, builds = 1, [pilot]
        result.note = (
            f"one run only: a build takes {pilot.seconds:.0f} s wall (limit for several "
            f"runs {plan.slow_after:.0f} s); the build with macros timed is the one that "
            "also saved each page's Markdown"
        )
    try:
        for number in range(runs):
            say(f"[{factor}x] run {number + 1} of {runs}")
            order = ("macros", "plain") if number % 2 == 0 else ("plain", "macros")
            for which in order:
                if which == "macros" and len(builds) <= number:
                    shutil.rmtree(site, ignore_errors=True)
                    builds.append(mkdocs_build(project, site, plan.timeout))
                elif which == "plain":
                    shutil.rmtree(plain_site, ignore_errors=True)
                    plains.append(mkdocs_build(twin, plain_site, plan.timeout))
            if number:
                _probe(project, result, probes)
    except BenchTimeout:
        result.note = f"stopped: a timed build took longer than the {plan.timeout:.0f} s limit"
        _summarise_probes(result, probes)
        return result, None
    result.runs = runs
    result.build_s = median([b.cpu_seconds for b in builds])
    result.plain_s = median([b.cpu_seconds for b in plains])
    result.build_wall_s = median([b.seconds for b in builds])
    result.plain_wall_s = median([b.seconds for b in plains])
    result.peak_mib = max(b.peak_kib for b in builds) / MIB
    result.plain_peak_mib = max(b.peak_kib for b in plains) / MIB
    result.pages = len(content_pages(site))
    result.identical_output = _differing_files(site, plain_site) == 0
    _summarise_probes(result, probes)
    shutil.rmtree(plain_site, ignore_errors=True)
    if factor != 1:  # the 1x twin is profiled later, to split the overhead
        shutil.rmtree(twin, ignore_errors=True)
    return result, site
