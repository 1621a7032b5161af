"""The benchmark's verdicts and its split of a build's time (bench/report.py, bench/split.py).

These test the arithmetic and the attribution, not the speed: a verdict must follow from the
printed figures, and a profiled function must land in the part of the build it stands for.
"""

from __future__ import annotations

import cProfile
import math
import pstats

from bench.report import ScaleResult, scale_targets, serve_target, zensical_target
from bench.split import PARTS, split_profile, split_table


def _scale(factor: int, build_s: float, pages: int, peak: float = 100.0) -> ScaleResult:
    return ScaleResult(
        factor, pages=pages, build_s=build_s, plain_s=build_s, peak_mib=peak, plain_peak_mib=90
    )


def _verdicts(scales: list[ScaleResult]) -> dict[str, bool]:
    return {t.name: t.passed for t in scale_targets(scales)}


def test_time_per_page_is_judged_at_the_largest_scale_against_1x() -> None:
    flat = _verdicts([_scale(1, 3.0, 100), _scale(10, 90.0, 1000), _scale(100, 320.0, 10000)])
    assert flat["time per page, 100x / 1x <= 1.10"]  # 32 ms vs 30 ms = 1.07
    steep = _verdicts([_scale(1, 3.0, 100), _scale(100, 340.0, 10000)])
    assert not steep["time per page, 100x / 1x <= 1.10"]  # 34 ms vs 30 ms = 1.13


def test_peak_memory_names_the_pre_rendered_twin_beside_it() -> None:
    targets = scale_targets([_scale(1, 3.0, 100), _scale(100, 300.0, 10000, peak=1500)])
    peak = next(t for t in targets if t.name.startswith("peak memory at 100x"))
    assert not peak.passed
    assert "pre-rendered twin, no macros: 90 MiB" in peak.measured


def test_a_scale_not_built_fails_with_its_reason() -> None:
    unbuilt = ScaleResult(100, note="not built: over the limit")
    targets = scale_targets([_scale(1, 3.0, 100), unbuilt])
    growth = next(t for t in targets if t.name.startswith("time per page"))
    assert not growth.passed and "over the limit" in growth.measured


def test_zensical_and_serve_verdicts() -> None:
    assert zensical_target(0.8, "").passed
    assert not zensical_target(1.2, "").passed
    skipped = zensical_target(math.nan, "not measured: Zensical is not installed")
    assert not skipped.passed and "not installed" in skipped.measured
    assert serve_target(1.4).passed and not serve_target(1.6).passed


def _profiled(function: object) -> pstats.Stats:
    profile = cProfile.Profile()
    profile.runcall(function)  # type: ignore[arg-type]
    return pstats.Stats(profile)


def test_split_attributes_time_to_the_function_that_does_the_work() -> None:
    """Compiling Jinja templates lands in its part; the data layer's part stays empty."""
    import jinja2

    def work() -> None:
        environment = jinja2.Environment()
        for number in range(200):
            environment.from_string("{% for x in items %}{{ x }} " + str(number) + "{% endfor %}")

    parts = split_profile(_profiled(work))
    assert parts["Jinja: compiling page templates"] > 0.5 * parts["total"]
    assert parts["data layer (load, validate, link)"] == 0
    table = split_table([("1x macros", 10, parts)])
    assert all(part.label in table for part in PARTS)
    assert "everything else" in table
