"""Zensical build ÷ MkDocs build of the same project copy, in interleaved pairs.

Both builds read the same copy; they alternate (MkDocs first in odd pairs, Zensical first in
even ones) so a machine getting busier or quieter affects both alike. CPU time comes from
`os.wait4` (user + system of the build and its threads). A Zensical build of this site ends
with `python -m macros finish --site DIR` (the API, the feed and the service worker that a
MkDocs build writes in its post-build hook), so that step is timed with it when the project
has it. Zensical caches between builds; every timed build starts without its cache
(`--clean`), as a MkDocs build always does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .measure import BenchError, build_env, median, mkdocs_build, run_timed

ZENSICAL = Path(sys.executable).with_name("zensical")


@dataclass
class ZensicalResult:
    """CPU seconds of each timed build of both builders, or why they were not timed."""

    mkdocs_s: list[float] = field(default_factory=list)
    zensical_s: list[float] = field(default_factory=list)
    zensical_wall_s: list[float] = field(default_factory=list)
    finish_timed: bool = False
    note: str = ""

    @property
    def ratio(self) -> float:
        if not self.mkdocs_s or not self.zensical_s:
            return float("nan")
        return median(self.zensical_s) / median(self.mkdocs_s)


def _has_finish_step(project: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "macros", "finish", "--help"],
        cwd=project,
        env=build_env(),
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def _zensical_build(
    zensical: Path, project: Path, timeout: float, finish: bool
) -> tuple[float, float]:
    """CPU and wall seconds of one clean Zensical build (and the finishing step)."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    run = run_timed(
        [str(zensical), "build", "--strict", "--clean", "--config-file", "mkdocs.yml"],
        cwd=project,
        timeout=timeout,
    )
    cpu, wall = run.cpu_seconds, run.seconds
    if finish:
        step = run_timed(
            [sys.executable, "-m", "macros", "finish", "--site", str(site)],
            cwd=project,
            timeout=timeout,
        )
        cpu, wall = cpu + step.cpu_seconds, wall + step.seconds
    return cpu, wall


def measure_zensical(
    zensical: Path, project: Path, work: Path, runs: int, timeout: float
) -> ZensicalResult:
    """Interleaved pairs of builds of `project` (a throwaway copy) by both builders."""
    result = ZensicalResult()
    if not zensical.exists():
        result.note = f"not measured: Zensical is not installed ({zensical} does not exist)"
        return result
    result.finish_timed = _has_finish_step(project)
    site = work / "mkdocs-site"
    try:
        for number in range(runs):
            order = ("mkdocs", "zensical") if number % 2 == 0 else ("zensical", "mkdocs")
            for which in order:
                if which == "mkdocs":
                    shutil.rmtree(site, ignore_errors=True)
                    result.mkdocs_s.append(mkdocs_build(project, site, timeout).cpu_seconds)
                else:
                    cpu, wall = _zensical_build(zensical, project, timeout, result.finish_timed)
                    result.zensical_s.append(cpu)
                    result.zensical_wall_s.append(wall)
    except BenchError as error:
        first = str(error).strip().splitlines()[-1:] or ["no output"]
        result.note = f"not measured: a build failed ({first[0][:200]})"
        result.mkdocs_s.clear()
        result.zensical_s.clear()
    return result


def zensical_line(result: ZensicalResult) -> str:
    """The figure as one printed line."""
    if result.note:
        return f"Zensical build / MkDocs build, same 1x copy: {result.note}"
    step = " + `python -m macros finish`" if result.finish_timed else ""
    return (
        f"Zensical build{step} / MkDocs build, same 1x copy, CPU, {len(result.zensical_s)} "
        f"interleaved pairs: {median(result.zensical_s):.2f} s / {median(result.mkdocs_s):.2f} s"
        f" = {result.ratio:.2f} (Zensical wall {median(result.zensical_wall_s):.2f} s)"
    )
