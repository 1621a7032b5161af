"""The evidence rules (CONTRIBUTING.md, "The evidence rules") that a program can judge.

- A verdict better than "unclear" needs more than consumer web pages behind it; so does
  calling a popular claim plainly true or false.
- A remedy at safety "warning" or "danger" must link a warning record.
- Quinine is never presented without a warning that cites a regulator.

A rule that depends on what a source is stays silent while one of those sources is missing or
invalid: the source's own error is reported, and guessing without it would add a false one
(such as "every source cited here is a consumer web page" when the study is the broken one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import Claim, Remedy, Source, Warning
from ..models.vocab import ClaimVerdict, Safety, SourceKind, Verdict
from ..reading.errors import Problem
from .entry import CheckContext, Entry
from .references import source_ids

# Web pages for the public, whoever publishes them: alone they cannot carry a definite verdict.
PUBLIC_PAGE_KINDS = frozenset({SourceKind.HEALTH_SERVICE, SourceKind.CONSUMER, SourceKind.NEWS})

# Verdicts that say something definite, which web pages alone cannot carry.
DEFINITE_VERDICTS = {
    Verdict.HELPS, Verdict.MAY_HELP, ClaimVerdict.SUPPORTED, ClaimVerdict.WRONG,
}  # fmt: skip


def mentions_quinine(remedy: Remedy) -> bool:
    """True when a remedy is quinine or contains it (tonic water)."""
    words = " ".join([remedy.id, remedy.name, *remedy.aliases]).lower()
    return "quinine" in words


def consumer_only_verdict(entry: Entry, sources: Mapping[str, Source]) -> list[Problem]:
    """A definite verdict resting only on consumer pages is an opinion, not evidence."""
    record = entry.record
    if not isinstance(record, Remedy | Claim) or record.verdict not in DEFINITE_VERDICTS:
        return []
    cited = source_ids(record)
    if not cited or not cited <= sources.keys():
        return []  # a missing or invalid source is reported on its own
    kinds = {sources[s].kind for s in cited}
    if not kinds <= PUBLIC_PAGE_KINDS:
        return []
    fallback = "unclear" if isinstance(record, Remedy) else "unsupported or mixed"
    return [
        entry.problem(
            ("verdict",),
            f'the verdict "{record.verdict}" needs research behind it, but every source cited '
            f'here is a consumer web page; use "{fallback}" or cite a study or guideline.',
        )
    ]


def risky_without_warning(entry: Entry) -> list[Problem]:
    """Risky remedies carry a warning box wherever they appear (CONTRIBUTING.md, rule 5)."""
    remedy = entry.record
    if not isinstance(remedy, Remedy) or remedy.safety not in {Safety.WARNING, Safety.DANGER}:
        return []
    if remedy.warnings:
        return []
    return [
        entry.problem(
            ("safety",),
            f'a remedy with safety "{remedy.safety}" must link at least one warning record in '
            "its warnings list, so the warning shows wherever it appears.",
        )
    ]


def quinine_without_regulator(
    entry: Entry, sources: Mapping[str, Source], warnings: Mapping[str, Warning]
) -> list[Problem]:
    """Quinine's risks are stated by regulators; their warning must travel with it."""
    remedy = entry.record
    if not isinstance(remedy, Remedy) or not mentions_quinine(remedy):
        return []
    if not all(w in warnings for w in remedy.warnings):
        return []  # a missing or invalid warning is reported on its own
    for warning_id in remedy.warnings:
        cited = source_ids(warnings[warning_id])
        if not cited <= sources.keys():
            return []  # a missing or invalid source is reported on its own
        if any(sources[s].kind is SourceKind.REGULATOR for s in cited):
            return []
    return [
        entry.problem(
            ("warnings",),
            "anything containing quinine must link a warning that cites a regulator "
            "(such as the FDA or MHRA statements on quinine for cramps).",
        )
    ]


def check_content(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Apply the evidence rules to every remedy and claim."""
    sources = {e.id: e.record for e in entries if isinstance(e.record, Source)}
    warnings = {e.id: e.record for e in entries if isinstance(e.record, Warning)}
    problems: list[Problem] = []
    for entry in entries:
        problems += consumer_only_verdict(entry, sources)
        problems += risky_without_warning(entry)
        problems += quinine_without_regulator(entry, sources, warnings)
    return problems
