"""The "Is it a cramp?" guide as a graph of steps, shared by its build check and its page.

The first steps are built from the red flags, one per urgency, most urgent first ("Do you
have any of these?"): each sign is an answer that ends at that sign, and "None of these" goes
on to the next urgency. After the last of them come the questions written in data/guide.yaml,
starting with the first. Because the check walks this same graph, a change here that dropped
a red flag, or a question that leads nowhere, fails the build rather than the reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import GuideEnd, GuideQuestion, RedFlag
from .vocab import Urgency

FLAG_STEP_PREFIX = "signs-"
QUESTION_PREFIX = "question-"

# What each red-flag step asks, by urgency.
FLAG_QUESTIONS = {
    Urgency.EMERGENCY: "Do you have any of these right now?",
    Urgency.URGENT: "Do you have any of these?",
    Urgency.SOON: "Do you have any of these?",
    Urgency.ROUTINE: "Does any of these sound like you?",
}
NONE_OF_THESE = "None of these"


@dataclass(frozen=True)
class Choice:
    """One answer on a step: its words, its sources, and the step or end it leads to."""

    text: str
    sources: tuple[str, ...]
    step: str | None = None
    end: GuideEnd | None = None
    question: str | None = None  # the data question this answer was written in, if any
    index: int = 0  # its place among that question's answers


@dataclass(frozen=True)
class Step:
    """One question the reader is asked."""

    key: str
    title: str
    summary: str
    sources: tuple[str, ...]
    choices: tuple[Choice, ...]
    urgency: Urgency | None = None  # set on the steps built from red flags
    question: GuideQuestion | None = None  # set on the steps written in data/guide.yaml


@dataclass(frozen=True)
class Guide:
    """Every step, in the order the page lists them, and the key of the first one."""

    steps: tuple[Step, ...]

    @property
    def start(self) -> str | None:
        return self.steps[0].key if self.steps else None

    def by_key(self) -> dict[str, Step]:
        return {step.key: step for step in self.steps}


def question_key(question_id: str) -> str:
    """The step key (and page anchor) of a question from data/guide.yaml."""
    return QUESTION_PREFIX + question_id


def flag_step_key(urgency: Urgency) -> str:
    """The step key (and page anchor) of the red-flag step for one urgency."""
    return FLAG_STEP_PREFIX + urgency.value


def flag_steps(red_flags: Sequence[RedFlag], after: str | None) -> list[Step]:
    """One step per urgency that has red flags, most urgent first; the last goes to `after`."""
    groups = [(u, [f for f in red_flags if f.urgency is u]) for u in Urgency]
    groups = [(u, flags) for u, flags in groups if flags]
    steps = []
    for position, (urgency, flags) in enumerate(groups):
        following = flag_step_key(groups[position + 1][0]) if position + 1 < len(groups) else after
        choices = [
            Choice(flag.name, tuple(flag.sources), end=GuideEnd(red_flag=flag.id)) for flag in flags
        ]
        choices.append(Choice(NONE_OF_THESE, (), step=following))
        steps.append(
            Step(
                key=flag_step_key(urgency),
                title=FLAG_QUESTIONS[urgency],
                summary="",
                sources=(),
                choices=tuple(choices),
                urgency=urgency,
            )
        )
    return steps


def question_step(question: GuideQuestion) -> Step:
    """A step written in data/guide.yaml."""
    return Step(
        key=question_key(question.id),
        title=question.name,
        summary=question.summary,
        sources=tuple(question.sources),
        choices=tuple(
            Choice(
                answer.answer,
                tuple(answer.sources),
                step=question_key(answer.next) if answer.next else None,
                end=answer.end,
                question=question.id,
                index=index,
            )
            for index, answer in enumerate(question.answers)
        ),
        question=question,
    )


def build_guide(red_flags: Sequence[RedFlag], questions: Sequence[GuideQuestion]) -> Guide:
    """The whole guide: red-flag steps first, then the written questions in file order."""
    first_question = question_key(questions[0].id) if questions else None
    steps = flag_steps(red_flags, first_question) + [question_step(q) for q in questions]
    return Guide(tuple(steps))


def end_key(end: GuideEnd) -> str:
    """A stable anchor for an end, made of what it points to (equal ends share one)."""
    return "end-" + "-".join(f"{collection}-{value}" for _, collection, value in end.targets())


def ends(guide: Guide) -> list[GuideEnd]:
    """Every distinct end in the guide, in the order the steps first reach them."""
    found: dict[str, GuideEnd] = {}
    for step in guide.steps:
        for choice in step.choices:
            if choice.end is not None:
                found.setdefault(end_key(choice.end), choice.end)
    return list(found.values())
