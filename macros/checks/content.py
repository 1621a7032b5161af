"""Content rules from DESIGN.md that a program can judge.

- A verdict better than "unclear" needs more than consumer web pages behind it.
- A remedy at safety "warning" or "danger" must link a warning record.
- Quinine is never presented without a warning that cites a regulator.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import Problem
from ..models import Remedy, Source, Warning
from ..models.vocab import Safety, SourceKind, Verdict
from .entry import CheckContext, Entry
from .references import source_ids

STRONG_VERDICTS = {Verdict.HELPS, Verdict.MAY_HELP}


def mentions_quinine(remedy: Remedy) -> bool:
    """True when a remedy is quinine or contains it (tonic water)."""
    words = " ".join([remedy.id, remedy.name, *remedy.aliases]).lower()
    return "quinine" in words


def check_content(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Apply the evidence rules to every remedy."""
    sources = {e.id: e.record for e in entries if isinstance(e.record, Source)}
    warnings = {e.id: e.record for e in entries if isinstance(e.record, Warning)}
    problems = []
    for entry in entries:
        remedy = entry.record
        if not isinstance(remedy, Remedy):
            continue
        kinds = {sources[s].kind for s in source_ids(remedy) if s in sources}
        if remedy.verdict in STRONG_VERDICTS and kinds and kinds <= {SourceKind.CONSUMER}:
            problems.append(
                entry.problem(
                    ("verdict",),
                    f'the verdict "{remedy.verdict}" needs research behind it, but every source '
                    'cited here is a consumer web page; use "unclear" or cite a study or guideline.',
                )
            )
        if remedy.safety in {Safety.WARNING, Safety.DANGER} and not remedy.warnings:
            problems.append(
                entry.problem(
                    ("safety",),
                    f'a remedy with safety "{remedy.safety}" must link at least one warning '
                    "record in its warnings list, so the warning shows wherever it appears.",
                )
            )
        if mentions_quinine(remedy) and all(w in warnings for w in remedy.warnings):
            regulator_backed = [
                w
                for w in remedy.warnings
                if w in warnings
                and any(
                    sources[s].kind is SourceKind.REGULATOR
                    for s in source_ids(warnings[w])
                    if s in sources
                )
            ]
            if not regulator_backed:
                problems.append(
                    entry.problem(
                        ("warnings",),
                        "anything containing quinine must link a warning that cites a regulator "
                        "(such as the FDA or MHRA statements on quinine for cramps).",
                    )
                )
    return problems

