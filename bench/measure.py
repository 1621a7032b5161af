"""Time one subprocess and read its own peak memory.

Builds run as subprocesses, as a contributor runs them: the time then includes starting
Python and importing MkDocs, Material and the macros, which is what anyone waits for.
Both clocks are kept. A build is single-threaded, so on an idle machine its wall time and
its CPU time (user + system) agree; on a shared machine (CI, or other jobs running) the wall
time also counts the time spent waiting for a core, while the CPU time does not, so the
targets are judged on CPU time and the wall time is printed beside it.
`os.wait4` returns the resource usage of exactly that child (RUSAGE_CHILDREN would report the
largest of every child so far), so each build's peak memory is its own.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .project import REPO_ROOT


def build_env() -> dict[str, str]:
    """The environment of a measured command, read when it starts, not when bench is imported:
    the scale sets NIGHT_CRAMPS_LIMITS_FACTOR just before its builds, and a copy taken at
    import never had it, so the 100x data failed its own (1x) limits and was never built."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


class BenchError(RuntimeError):
    """A measured command failed; the message carries its output."""


class BenchTimeout(BenchError):
    """A measured command ran longer than its time limit and was stopped."""


@dataclass(frozen=True)
class Run:
    """One finished subprocess: wall time, CPU time and peak resident memory."""

    seconds: float
    cpu_seconds: float
    peak_kib: int
    output: str


def run_timed(
    command: Sequence[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 1800
) -> Run:
    """Run `command` to completion; raise BenchError (with its output) if it fails."""
    with tempfile.TemporaryFile(mode="w+") as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(command), cwd=cwd, env=env or build_env(), stdout=log, stderr=subprocess.STDOUT
        )
        # A timer stops an overlong command; wait4 blocks, so the end time is exact.
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    if seconds >= timeout:
        raise BenchTimeout(f"{' '.join(command)} was stopped after {timeout:.0f} s")
    if process.returncode != 0:
        raise BenchError(f"{' '.join(command)} failed in {cwd}:\n{output[-4000:]}")
    # ru_maxrss is in KiB on Linux.
    return Run(seconds, usage.ru_utime + usage.ru_stime, int(usage.ru_maxrss), output)


def mkdocs_build(project: Path, site: Path, timeout: float = 1800) -> Run:
    """One strict, quiet build of `project` into `site`, as `make build` runs MkDocs."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
    command += ["--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site)]
    return run_timed(command, cwd=project, timeout=timeout)


def probe_data_layer(project: Path) -> dict[str, Any]:
    """Time load, validate and link of `project`'s data in a fresh interpreter."""
    run = run_timed([sys.executable, "-m", "bench.probe", str(project)], cwd=REPO_ROOT)
    result: dict[str, Any] = json.loads(run.output.strip().splitlines()[-1])
    result["peak_kib"] = run.peak_kib
    return result


def median(values: Sequence[float]) -> float:
    """Median, the figure reported everywhere: one slow run (a busy machine) cannot move it."""
    return statistics.median(values) if values else float("nan")
