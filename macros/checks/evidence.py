"""Evidence rules from the clinical audit (issue 12) that a program can judge.

The rubric in CONTRIBUTING.md ("Choosing the certainty", "How harms move safety") is written
for people; these are the parts of it a machine can hold every record to, the same way:

- red flags rest only on health-service, medical-manual, guideline or regulator sources;
- a safety warning never rests on a news report, and each of its points cites at least one
  source that is not just a web page for the public;
- no statement rests only on sources that could not be found again when checked;
- a remedy's certainty above "low" needs a systematic review or guideline among its sources,
  "low" needs at least one study or guideline, and "helps" needs a review, a guideline or two
  trials;
- a remedy that links a safety warning, or is a prescription medicine, is never "safe";
- a study, review or guideline names its authors (a warning, not an error: an author list that
  could not be confirmed is left empty rather than guessed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..models import Fact, RedFlag, Remedy, Source, Warning
from ..models.vocab import Certainty, CheckedAgainst, RemedyKind, Safety, SourceKind, Verdict
from ..reading.errors import Problem, Severity
from .entry import CheckContext, Entry
from .references import source_ids

# Who may carry a red flag: bodies that give health advice with responsibility for it.
RED_FLAG_KINDS = frozenset({SourceKind.HEALTH_SERVICE, SourceKind.GUIDELINE, SourceKind.REGULATOR})
# Pages for the public that are not a health service: fine for background, never alone for harm.
PUBLIC_ONLY_KINDS = frozenset({SourceKind.CONSUMER, SourceKind.NEWS})
# What counts as a study or guideline for a certainty of "low".
RESEARCH_KINDS = frozenset(
    {SourceKind.SYSTEMATIC_REVIEW, SourceKind.GUIDELINE, SourceKind.RCT, SourceKind.OBSERVATIONAL}
)
# Works that have authors a reader could look up.
AUTHORED_KINDS = frozenset(
    {
        SourceKind.GUIDELINE, SourceKind.SYSTEMATIC_REVIEW, SourceKind.RCT,
        SourceKind.OBSERVATIONAL, SourceKind.REVIEW, SourceKind.LETTER,
    }
)  # fmt: skip


def _kinds(ids: Iterable[str], sources: Mapping[str, Source]) -> set[SourceKind]:
    return {sources[s].kind for s in ids if s in sources}


def red_flag_sources(entry: Entry, sources: Mapping[str, Source]) -> list[Problem]:
    """A sign that sends people to a doctor must come from someone who gives that advice."""
    flag = entry.record
    if not isinstance(flag, RedFlag):
        return []
    wrong = sorted(
        s for s in flag.sources if s in sources and sources[s].kind not in RED_FLAG_KINDS
    )
    if not wrong:
        return []
    return [
        entry.problem(
            ("sources",),
            f"a red flag may cite only health services, medical manuals, guidelines and "
            f"regulators, but {', '.join(wrong)} is not one; cite the NHS, the MSD Manual, NICE "
            "CKS or a regulator instead.",
        )
    ]


def warning_sources(entry: Entry, sources: Mapping[str, Source]) -> list[Problem]:
    """Safety statements never rest on news copies or on web pages for the public alone."""
    warning = entry.record
    if not isinstance(warning, Warning):
        return []
    problems = []
    news = sorted(
        s for s in source_ids(warning) if s in sources and sources[s].kind is SourceKind.NEWS
    )
    if news:
        problems.append(
            entry.problem(
                ("sources",),
                f"a safety warning may not cite news reports ({', '.join(news)}); cite the "
                "regulator, guideline or health service they report on.",
            )
        )
    for number, point in enumerate(warning.points):
        kinds = _kinds(point.sources, sources)
        if kinds and kinds <= PUBLIC_ONLY_KINDS:
            problems.append(
                entry.problem(
                    ("points", number, "sources"),
                    "this safety point rests only on web pages for the public; add a "
                    "regulator, guideline, health service or study that says it.",
                )
            )
    return problems


def _facts(record: object) -> Iterable[tuple[tuple[str | int, ...], Fact]]:
    """Every sourced statement in a record, with its path."""
    for field in ("evidence", "points"):
        for number, fact in enumerate(getattr(record, field, None) or []):
            yield (field, number, "sources"), fact


def unconfirmed_only(entry: Entry, sources: Mapping[str, Source]) -> list[Problem]:
    """A statement is only as good as a source someone could find again."""
    problems = []
    for path, fact in _facts(entry.record):
        found = [s for s in fact.sources if s in sources]
        if found and all(sources[s].checked.against is CheckedAgainst.NOT_FOUND for s in found):
            problems.append(
                entry.problem(
                    path,
                    "every source of this statement could not be found again when checked; "
                    "cite a source that was confirmed, or remove the statement.",
                )
            )
    return problems


def certainty_needs_evidence(entry: Entry, sources: Mapping[str, Source]) -> list[Problem]:
    """The certainty rubric: what evidence earns each grade (CONTRIBUTING.md)."""
    remedy = entry.record
    if not isinstance(remedy, Remedy):
        return []
    cited = sorted(source_ids(remedy))
    if not all(s in sources for s in cited):
        return []  # a missing or broken source is reported once, by its own check
    kinds = [sources[s].kind for s in cited]
    problems = []
    summary_kinds = {SourceKind.SYSTEMATIC_REVIEW, SourceKind.GUIDELINE}
    if remedy.certainty in {Certainty.HIGH, Certainty.MODERATE} and not summary_kinds & set(kinds):
        problems.append(
            entry.problem(
                ("certainty",),
                f'a certainty of "{remedy.certainty}" needs a systematic review or a guideline '
                'among the sources; with single trials or less, use "low" or "very-low".',
            )
        )
    if remedy.certainty is Certainty.LOW and not RESEARCH_KINDS & set(kinds):
        problems.append(
            entry.problem(
                ("certainty",),
                'a certainty of "low" needs at least one trial, study, systematic review or '
                "guideline among the sources; with expert reviews or web pages only, use "
                '"very-low".',
            )
        )
    trials = kinds.count(SourceKind.RCT)
    if remedy.verdict is Verdict.HELPS and not (summary_kinds & set(kinds) or trials >= 2):
        problems.append(
            entry.problem(
                ("verdict",),
                'the verdict "helps" needs a systematic review, a guideline or at least two '
                'trials among the sources; otherwise use "may-help" or "unclear".',
            )
        )
    return problems


def harms_move_safety(entry: Entry) -> list[Problem]:
    """Harms move safety up: a remedy that carries a warning, or needs a prescription, is never
    shown as "safe"."""
    remedy = entry.record
    if not isinstance(remedy, Remedy) or remedy.safety is not Safety.SAFE:
        return []
    reason = None
    if remedy.warnings:
        reason = "it links a safety warning"
    elif remedy.kind is RemedyKind.PRESCRIPTION:
        reason = "it is a prescription medicine"
    if reason is None:
        return []
    return [
        entry.problem(
            ("safety",),
            f'safety "safe" is not possible here because {reason}; use "caution" or higher and '
            "say in careful who should take extra care.",
        )
    ]


def authors_named(entry: Entry) -> list[Problem]:
    """Studies, reviews and guidelines have authors; an empty list is flagged for a fix."""
    source = entry.record
    if not isinstance(source, Source) or source.kind not in AUTHORED_KINDS or source.authors:
        return []
    return [
        entry.problem(
            ("authors",),
            f"this source ({source.kind}) has authors, but none are listed; add them from the "
            "work itself (leave the list empty only while they cannot be confirmed, and say so "
            "in note).",
            Severity.WARNING,
        )
    ]


def check_evidence(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Every evidence rule, over every record."""
    sources = {e.id: e.record for e in entries if isinstance(e.record, Source)}
    problems: list[Problem] = []
    for entry in entries:
        problems += red_flag_sources(entry, sources)
        problems += warning_sources(entry, sources)
        problems += unconfirmed_only(entry, sources)
        problems += certainty_needs_evidence(entry, sources)
        problems += harms_move_safety(entry)
        problems += authors_named(entry)
    return problems
