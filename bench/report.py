"""The printed result: one table of figures per scale, then one PASS/FAIL line per target.

Targets are judged on the figures in the table, never re-measured, so a reader can check
every verdict by eye. A target that could not be measured is printed as FAIL with the
reason, never skipped silently.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from .weight import KB, MAX_BUDGET_KB, MEDIAN_BUDGET_KB, WeightSummary

DATA_SHARE_LIMIT = 0.05
OVERHEAD_LIMIT = 1.15
PER_PAGE_GROWTH_LIMIT = 1.10
OVERHEAD_SCALES = (1, 10)
ZENSICAL_LIMIT = 1.0
SERVE_LIMIT_S = 1.5
PEAK_LIMIT_MIB = 1024


@dataclass
class ScaleResult:
    """Every figure measured at one scale (medians; NaN when not measured).

    `*_s` figures are CPU seconds, the ones targets are judged on; `*_wall_s` are wall time.
    """

    factor: int
    records: int = 0
    pages: int = 0
    runs: int = 0
    build_s: float = math.nan
    plain_s: float = math.nan
    build_wall_s: float = math.nan
    plain_wall_s: float = math.nan
    data_wall_s: float = math.nan
    peak_mib: float = math.nan
    plain_peak_mib: float = math.nan
    import_s: float = math.nan
    data_s: float = math.nan
    phases_s: dict[str, float] = field(default_factory=dict)
    identical_output: bool | None = None
    note: str = ""

    @property
    def overhead(self) -> float:
        return self.build_s / self.plain_s

    @property
    def data_share(self) -> float:
        return self.data_s / self.build_s

    @property
    def per_page_ms(self) -> float:
        return 1000 * self.build_s / self.pages if self.pages else math.nan


@dataclass(frozen=True)
class Target:
    """One budget from the issue, and whether the measured figure meets it."""

    name: str
    measured: str
    passed: bool

    def line(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.name}: {self.measured}"


def _num(value: float, digits: int = 2, suffix: str = "") -> str:
    return "-" if math.isnan(value) else f"{value:.{digits}f}{suffix}"


def table(scales: Sequence[ScaleResult]) -> str:
    """The per-scale figures as aligned text."""
    rows: list[tuple[str, list[str]]] = [
        ("records", [str(s.records) for s in scales]),
        ("pages built", [str(s.pages) if s.pages else "-" for s in scales]),
        ("runs (median of)", [str(s.runs) if s.runs else "-" for s in scales]),
        ("full build with macros, CPU (s)", [_num(s.build_s) for s in scales]),
        ("  wall clock (s)", [_num(s.build_wall_s) for s in scales]),
        ("same pages pre-rendered, no macros, CPU (s)", [_num(s.plain_s) for s in scales]),
        ("  wall clock (s)", [_num(s.plain_wall_s) for s in scales]),
        ("overhead ratio (macros / pre-rendered, CPU)", [_num(s.overhead, 3) for s in scales]),
        ("  same HTML from both builds", [_yes(s.identical_output) for s in scales]),
        ("data layer: load + validate + link, CPU (s)", [_num(s.data_s, 3) for s in scales]),
    ]
    for phase in ("load", "validate", "link"):
        rows.append((f"  {phase} (s)", [_num(s.phases_s.get(phase, math.nan), 3) for s in scales]))
    rows += [
        ("  wall clock (s)", [_num(s.data_wall_s, 3) for s in scales]),
        ("importing the macros package, CPU (s)", [_num(s.import_s, 3) for s in scales]),
        ("data layer share of build (CPU)", [_num(100 * s.data_share, 1, "%") for s in scales]),
        ("time per page, CPU (ms)", [_num(s.per_page_ms, 1) for s in scales]),
        ("peak memory, build with macros (MiB)", [_num(s.peak_mib, 0) for s in scales]),
        ("peak memory, pre-rendered build (MiB)", [_num(s.plain_peak_mib, 0) for s in scales]),
    ]
    head = ("scale", [f"{s.factor}x" for s in scales])
    width = max(len(label) for label, _ in [head, *rows])
    columns = zip(*(values for _, values in [head, *rows]), strict=True)
    cells = [max(len(v) for v in column) for column in columns]
    lines = []
    for label, values in [head, *rows]:
        padded = "  ".join(v.rjust(w) for v, w in zip(values, cells, strict=True))
        lines.append(f"{label.ljust(width)}  {padded}")
    lines.insert(1, "-" * len(lines[0]))
    notes = [f"  {s.factor}x: {s.note}" for s in scales if s.note]
    return "\n".join(lines + (["notes:", *notes] if notes else []))


def _yes(value: bool | None) -> str:
    return "-" if value is None else "yes" if value else "NO"


def scale_targets(scales: Sequence[ScaleResult]) -> list[Target]:
    """Data layer share at every scale; overhead at 1x and 10x; growth and memory at the top."""
    targets = []
    for s in scales:
        share = s.data_share
        targets.append(
            Target(
                f"data layer <= {DATA_SHARE_LIMIT:.0%} of a full build at {s.factor}x",
                "not measured" if math.isnan(share) else f"{share:.1%}",
                not math.isnan(share) and share <= DATA_SHARE_LIMIT,
            )
        )
    for s in scales:
        if s.factor not in OVERHEAD_SCALES:
            continue
        ratio = s.overhead
        targets.append(
            Target(
                f"build with macros / pre-rendered twin <= {OVERHEAD_LIMIT} at {s.factor}x",
                f"not measured ({s.note or 'no build'})" if math.isnan(ratio) else f"{ratio:.3f}",
                not math.isnan(ratio) and ratio <= OVERHEAD_LIMIT,
            )
        )
    base, top = scales[0], scales[-1]
    if top is base:
        return targets
    growth = top.per_page_ms / base.per_page_ms
    measured = (
        f"not measured ({top.note or 'no build'})"
        if math.isnan(growth)
        else f"{top.per_page_ms:.1f} ms vs {base.per_page_ms:.1f} ms at {base.factor}x "
        f"= {growth:.2f}"
    )
    targets.append(
        Target(
            f"time per page, {top.factor}x / {base.factor}x <= {PER_PAGE_GROWTH_LIMIT:.2f}",
            measured,
            not math.isnan(growth) and growth <= PER_PAGE_GROWTH_LIMIT,
        )
    )
    peak = top.peak_mib
    targets.append(
        Target(
            f"peak memory at {top.factor}x <= {PEAK_LIMIT_MIB} MiB",
            f"not measured ({top.note or 'no build'})"
            if math.isnan(peak)
            else f"{peak:.0f} MiB (pre-rendered twin, no macros: {top.plain_peak_mib:.0f} MiB)",
            not math.isnan(peak) and peak <= PEAK_LIMIT_MIB,
        )
    )
    return targets


def zensical_target(ratio: float, note: str) -> Target:
    """Zensical must not be slower than MkDocs on the same project."""
    return Target(
        f"Zensical build / MkDocs build, same project <= {ZENSICAL_LIMIT:.1f}",
        note or f"{ratio:.2f}",
        not math.isnan(ratio) and ratio <= ZENSICAL_LIMIT,
    )


def serve_target(median_s: float) -> Target:
    """Edit one data file, see the page served again."""
    return Target(
        f"edit one data file -> page served again under serve <= {SERVE_LIMIT_S} s",
        f"median {median_s:.2f} s",
        median_s <= SERVE_LIMIT_S,
    )


def weight_targets(summary: WeightSummary) -> list[Target]:
    """The page weight budgets on the real site."""
    return [
        Target(
            f"median content page <= {MEDIAN_BUDGET_KB} KB gzip",
            f"{summary.median_bytes / KB:.1f} KB over {summary.pages} pages",
            summary.median_bytes <= MEDIAN_BUDGET_KB * KB,
        ),
        Target(
            f"no page over {MAX_BUDGET_KB} KB gzip",
            f"heaviest {summary.max_bytes / KB:.1f} KB ({summary.heaviest})",
            summary.max_bytes <= MAX_BUDGET_KB * KB,
        ),
    ]
