"""Cross-record checks: small single-purpose rules over the validated records.

Each module holds one rule (in the manner of MDN browser-compat-data's linters) and returns
problems instead of raising, so every broken rule is reported in the same run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..reading.errors import Problem
from .content import check_content
from .dates import check_dates
from .entry import CheckContext, Entry
from .evidence import check_evidence
from .figure import check_figures
from .guide import check_guide
from .identity import check_identity
from .references import check_references
from .tables import check_tables

Check = Callable[[Sequence[Entry], CheckContext], list[Problem]]

ALL_CHECKS: tuple[Check, ...] = (
    check_identity, check_references, check_tables, check_dates, check_content, check_evidence,
    check_guide, check_figures,
)  # fmt: skip


def run_checks(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Every problem every rule finds, in file order."""
    return sorted(problem for check in ALL_CHECKS for problem in check(entries, context))


__all__ = ["ALL_CHECKS", "CheckContext", "Entry", "run_checks"]
