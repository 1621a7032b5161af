"""`make bench` / `python -m bench`: print every figure and a PASS/FAIL line per target.

Everything runs in a temporary folder (removed afterwards unless --keep), so the working
tree is never touched. Progress goes to stderr; the report goes to stdout. The exit status
is 1 when any target is not met, 2 when the benchmark could not run (for example, invalid
data), so a script can tell "slow" from "broken".
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .measure import BenchError, median
from .project import REPO_ROOT, copy_project
from .report import (
    ScaleResult,
    Target,
    scale_targets,
    serve_target,
    table,
    weight_targets,
    zensical_target,
)
from .scales import Plan, measure_scale, say
from .serve import measure_serve
from .split import profile_build, split_table
from .weight import KB, summarise
from .zensical import ZENSICAL, measure_zensical, zensical_line


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smoke run: 1x and 2x, one run each")
    parser.add_argument("--scales", help="comma-separated scale factors (default 1,10,100)")
    parser.add_argument("--runs", type=int, help="timed runs per scale (default 3)")
    parser.add_argument("--timeout", type=float, help="limit for one build in seconds (1800)")
    parser.add_argument("--edits", type=int, help="data edits timed under mkdocs serve (3)")
    parser.add_argument("--source", type=Path, default=REPO_ROOT, help="project to measure")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--zensical", type=Path, default=ZENSICAL, help="the zensical command to compare with"
    )
    parser.add_argument(
        "--no-split", action="store_true", help="skip the profiled builds that explain misses"
    )
    args = parser.parse_args(argv)
    quick = args.quick
    args.scales = [int(x) for x in (args.scales or ("1,2" if quick else "1,10,100")).split(",")]
    if args.scales[0] != 1:
        args.scales.insert(0, 1)  # every comparison is against the real site
    args.runs = args.runs or (1 if quick else 3)
    args.timeout = args.timeout or (120.0 if quick else 1800.0)
    args.edits = args.edits or (1 if quick else 3)
    return args


def revision(source: Path) -> str:
    """The commit measured, marked when the working tree has uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=source, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=source, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{head}{' + uncommitted changes' if dirty else ''}" if head else "unknown"


LOAD_ONCE_TEST = "tests/site/test_load_once.py"


def load_once_target() -> Target:
    """The load-once target is a unit test (it counts loads); run it and report its verdict."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", LOAD_ONCE_TEST],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    last = (result.stdout.strip().splitlines() or ["no output"])[-1]
    return Target(
        f"dataset loaded exactly once per build ({LOAD_ONCE_TEST})",
        last,
        result.returncode == 0,
    )


SPLIT_SCALES = (1, 10)


def profile_splits(
    scales: list[ScaleResult], work: Path, timeout: float
) -> list[tuple[str, int, dict[str, float]]]:
    """Profiled builds of the 1x and 10x copies (and the 1x twin) that split the time."""
    splits = []
    for result in scales:
        if result.factor not in SPLIT_SCALES or not result.pages:
            continue
        say(f"[split] one profiled build at {result.factor}x")
        project = work / f"x{result.factor}"
        twin = work / f"x{result.factor}-plain"
        try:
            parts = profile_build(project, work / f"split-{result.factor}", timeout)
            splits.append((f"{result.factor}x macros", result.pages, parts))
            if twin.exists():
                say(f"[split] one profiled build of the pre-rendered twin at {result.factor}x")
                parts = profile_build(twin, work / f"split-{result.factor}-plain", timeout)
                splits.append((f"{result.factor}x twin", result.pages, parts))
        except BenchError as error:  # the figures stand without their explanation
            say(f"[split] a profiled build failed, so no split at {result.factor}x: {error}")
    return splits


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="night-cramps-bench-"))
    plan = Plan(runs=args.runs, timeout=args.timeout, slow_after=min(75.0, args.timeout / 4))
    try:
        scales: list[ScaleResult] = []
        real_site: Path | None = None
        previous: ScaleResult | None = None
        for factor in args.scales:
            projected = None
            if previous is not None and not math.isnan(previous.build_wall_s):
                projected = previous.build_wall_s * factor / previous.factor
            elif previous is not None:
                projected = math.inf
            result, site = measure_scale(args.source, work, factor, plan, projected)
            scales.append(result)
            if factor == 1:
                real_site = site
            previous = result
        say(f"[zensical] {args.runs} interleaved pairs of builds of the 1x copy")
        zensical = measure_zensical(
            args.zensical, work / "x1", work / "zensical", args.runs, args.timeout
        )
        say("[serve] timing rebuilds after editing one data file")
        served = measure_serve(copy_project(args.source, work / "serve"), args.edits)
        say("[weight] measuring page weight; [test] counting dataset loads")
        weights = summarise(real_site) if real_site else None
        targets = scale_targets(scales)
        targets.append(zensical_target(zensical.ratio, zensical.note))
        targets.append(serve_target(median(served.rebuilds_s)))
        targets += weight_targets(weights) if weights else []
        targets.append(load_once_target())
        splits = [] if args.no_split else profile_splits(scales, work, args.timeout)
    except BenchError as error:
        print(f"The benchmark stopped: {error}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    print(
        f"Night Cramps benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, revision "
        f"{revision(args.source)}"
    )
    print(
        f"Python {platform.python_version()} on {platform.system()}, {os.cpu_count()} CPUs, "
        f"load average before/after {LOAD_BEFORE} / {_load()}; medians of the runs shown\n"
    )
    print(table(scales))
    print(
        f"\nRebuild under `mkdocs serve` after editing {served.data_file} "
        f"(until {served.page} shows the edit): median {median(served.rebuilds_s):.2f} s of "
        f"{len(served.rebuilds_s)} edits ({', '.join(f'{s:.2f}' for s in served.rebuilds_s)}); "
        f"first page served {served.first_build_s:.2f} s after start"
    )
    if weights:
        print(
            f"Page weight, real site, gzip (HTML + CSS + JS + images it loads): median "
            f"{weights.median_bytes / KB:.1f} KB, heaviest {weights.max_bytes / KB:.1f} KB "
            f"({weights.heaviest}), {weights.pages} pages"
        )
        print(
            f"Search index (loaded only when search is opened): "
            f"{weights.search_index_bytes / KB:.1f} KB, "
            f"{weights.search_index_gzip_bytes / KB:.1f} KB gzip"
        )
    print(zensical_line(zensical))
    if splits:
        print(
            "\nWhere the time goes (profiled builds; the build with macros at each scale up to"
            " 10x, and the pre-rendered twin at 1x):"
        )
        print(split_table(splits))
    print("\nTargets")
    for target in targets:
        print(target.line())
    failed = sum(not t.passed for t in targets)
    print(
        f"\n{len(targets) - failed} of {len(targets)} targets met; "
        f"benchmark took {time.perf_counter() - started:.0f} s"
    )
    return 1 if failed else 0


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


LOAD_BEFORE = _load()

if __name__ == "__main__":
    raise SystemExit(main())
