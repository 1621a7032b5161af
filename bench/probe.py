"""Time the data layer alone (load, validate, link) in a fresh interpreter.

Times are CPU seconds (like the build figures they are compared with; see bench/measure.py),
with the wall time of the whole call kept beside them.

Run as `python -m bench.probe PROJECT_ROOT`; prints one JSON object. A build loads the data
exactly once, in a fresh process, so the honest figure is the *first* call in a new
interpreter (warm caches after a first call would flatter it). The phases are timed by
wrapping the functions `macros.dataset.check_data` calls, looked up by name at call time;
if the pipeline is refactored and a name disappears, only the total is reported.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# name in macros.dataset -> phase it measures
PHASES = {"load_all": "load", "validate_records": "validate", "run_checks": "link"}


def _timed(spent: dict[str, float], phase: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[phase] = spent.get(phase, 0.0) + time.process_time() - start

    return wrapper


def probe(root: Path) -> dict[str, Any]:
    """Import the project's macros package, then time one check_data call and its phases."""
    sys.path.insert(0, str(root))
    start = time.process_time()
    import macros.dataset as dataset_module
    from macros.reading.errors import Severity

    imported = time.process_time() - start
    spent: dict[str, float] = {}
    for name, phase in PHASES.items():
        func = getattr(dataset_module, name, None)
        if callable(func):
            setattr(dataset_module, name, _timed(spent, phase, func))
    start, wall = time.process_time(), time.perf_counter()
    dataset, problems = dataset_module.check_data(root / "data", root=root)
    total, wall = time.process_time() - start, time.perf_counter() - wall
    errors = [str(p) for p in problems if p.severity is Severity.ERROR]
    if "link" in spent and len(spent) == len(PHASES):
        # Linking is everything check_data does besides loading and validating.
        spent["link"] = total - spent["load"] - spent["validate"]
    return {
        "import_s": imported,
        "total_s": total,
        "total_wall_s": wall,
        "phases_s": spent,
        "records": sum(dataset.counts().values()) if dataset else 0,
        "errors": errors[:20],
        "error_count": len(errors),
    }


def main() -> int:
    root = Path(sys.argv[1]).resolve()
    print(json.dumps(probe(root)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
