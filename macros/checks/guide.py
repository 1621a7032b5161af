"""The guide's paths: every answer leads somewhere real, nothing loops, nothing is left out.

The check walks the same graph the page is drawn from (macros/models/guide_graph.py), so
what it proves is true of the page: every question can be reached from the start, every path
ends at a care level or a page, no path goes round in a circle, and every red flag can be
reached.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import GuideQuestion, RedFlag
from ..models.guide_graph import Choice, Guide, build_guide, question_key
from ..models.kinds import KINDS_BY_COLLECTION
from ..reading.errors import Problem
from .entry import CheckContext, Entry


def _where(collection: str) -> str:
    kind = KINDS_BY_COLLECTION[collection]
    return f"data/{kind.path}" + ("/" if kind.one_per_file else "")


def dangling(entry: Entry, context: CheckContext) -> list[Problem]:
    """Answers whose next question or end record does not exist."""
    question = entry.record
    if not isinstance(question, GuideQuestion):
        return []
    problems = []
    for index, answer in enumerate(question.answers):
        if answer.next is not None and answer.next not in context.declared.get(
            "guide-questions", ()
        ):
            problems.append(
                entry.problem(
                    ("answers", index, "next"),
                    f'"{answer.next}" is not the id of any question in data/guide.yaml; '
                    "check the spelling or add that question.",
                )
            )
        for field, collection, value in answer.end.targets() if answer.end else ():
            if value not in context.declared.get(collection, ()):
                label = KINDS_BY_COLLECTION[collection].label
                problems.append(
                    entry.problem(
                        ("answers", index, "end", field),
                        f'"{value}" is not the id of any {label} in {_where(collection)}; '
                        "check the spelling or add it there.",
                    )
                )
    return problems


def walk(guide: Guide) -> tuple[set[str], set[str], list[Choice]]:
    """(steps reached, red flags reached, answers that loop back) walking from the start.

    An answer loops back when it leads to a step that is still open on the current path.
    """
    steps = guide.by_key()
    reached: set[str] = set()
    flags: set[str] = set()
    loops: list[Choice] = []
    open_path: set[str] = set()

    def visit(key: str) -> None:
        reached.add(key)
        open_path.add(key)
        for choice in steps[key].choices:
            if choice.end is not None and choice.end.red_flag:
                flags.add(choice.end.red_flag)
            target = choice.step
            if target is None or target not in steps:
                continue
            if target in open_path:
                loops.append(choice)
            elif target not in reached:
                visit(target)
        open_path.discard(key)

    if guide.start is not None:
        visit(guide.start)
    return reached, flags, loops


def check_guide(entries: Sequence[Entry], context: CheckContext) -> list[Problem]:
    """Report dangling answers, loops, questions nobody reaches and red flags left out."""
    questions = [e for e in entries if isinstance(e.record, GuideQuestion)]
    flag_entries = [e for e in entries if isinstance(e.record, RedFlag)]
    problems: list[Problem] = []
    for entry in questions:
        problems += dangling(entry, context)
    if flag_entries and not questions:
        problems.append(
            flag_entries[-1].problem(
                ("id",),
                "the guide has red flags but no questions for readers who have none of "
                "them; add at least one question to data/guide.yaml.",
            )
        )
        return problems
    guide = build_guide(
        [e.record for e in flag_entries if isinstance(e.record, RedFlag)],
        [e.record for e in questions if isinstance(e.record, GuideQuestion)],
    )
    reached, flags, loops = walk(guide)
    by_id = {e.id: e for e in questions}
    for choice in loops:
        entry = by_id[choice.question or ""]
        target = (choice.step or "").removeprefix(question_key(""))
        problems.append(
            entry.problem(
                ("answers", choice.index, "next"),
                f'this answer leads back to "{target}", which the reader has already been '
                "asked on this path, so they would go round in a circle; point it at a later "
                "question or an end.",
            )
        )
    for entry in questions:
        if question_key(entry.id) not in reached:
            problems.append(
                entry.problem(
                    ("id",),
                    f'no answer leads to the question "{entry.id}", so no reader ever sees it; '
                    "point an answer's next at it or remove it (the first question in the file "
                    "is asked first).",
                )
            )
    for entry in flag_entries:
        if entry.id not in flags:
            problems.append(
                entry.problem(
                    ("id",),
                    f'the red flag "{entry.id}" cannot be reached in the guide (docs/guide.md), '
                    "so a reader with this sign would never be told what to do.",
                )
            )
    return problems
