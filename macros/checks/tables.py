"""Comparison tables: every row has one cell per column, or every cell after it would shift.

Checked on the raw data of every comparison, valid or not, so each bad row is reported at its
own line in the same run as the table's other mistakes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..reading.errors import Problem
from ..reading.loader import RawRecord
from .entry import CheckContext, Entry, located


def row_problems(raw: RawRecord) -> list[Problem]:
    """One problem per row whose number of cells differs from the number of columns."""
    data = raw.data if isinstance(raw.data, dict) else {}
    columns, rows = data.get("columns"), data.get("rows")
    if not isinstance(columns, list) or len(columns) < 2 or not isinstance(rows, list):
        return []  # the validator reports a missing or misshapen table, or too few columns
    problems = []
    for index, row in enumerate(rows):
        cells = row.get("cells") if isinstance(row, dict) else None
        if not isinstance(cells, list) or len(cells) < 2 or len(cells) == len(columns):
            continue  # fewer than two cells is the validator's to report
        label = row.get("label")
        named = f' ("{label}")' if isinstance(label, str) and label.strip() else ""
        counted = f"{len(cells)} cell" + ("" if len(cells) == 1 else "s")
        problems.append(
            located(
                raw,
                ("rows", index, "cells"),
                f"row {index + 1}{named} has {counted} but the table has "
                f"{len(columns)} columns; give each row one cell per column, in the same order.",
            )
        )
    return problems


def check_tables(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Check the shape of every comparison table, including ones with other mistakes."""
    raws = [entry.raw for entry in entries] + list(context.invalid)
    return [
        problem
        for raw in raws
        if raw.kind.collection == "comparisons"
        for problem in row_problems(raw)
    ]
