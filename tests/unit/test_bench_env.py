"""A measured command sees the environment as it is when the command starts.

`make bench` sets NIGHT_CRAMPS_LIMITS_FACTOR to each scale just before that scale's builds;
the builds must see it, or the 100x copy fails the data limits meant for 1x and is never built.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.measure import run_timed
from macros.reading.limits import FACTOR_VARIABLE


def test_a_variable_set_after_import_reaches_the_measured_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(FACTOR_VARIABLE, "100")
    command = [sys.executable, "-c", f"import os; print(os.environ['{FACTOR_VARIABLE}'])"]
    run = run_timed(command, cwd=tmp_path)
    assert run.output.strip() == "100"
