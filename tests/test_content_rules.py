"""The content itself meets the project's rules (issue 3 quality rules, DESIGN.md rules 1-6).

Plain language is measured, not promised: every summary and step must read at grade 8 or
lower (Flesch-Kincaid) and no sentence anywhere may run over 25 words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import textstat

from macros.checks.references import source_ids
from macros.dataset import Dataset, build_dataset
from macros.models.vocab import Safety, SourceKind

MAX_GRADE = 8.0
MAX_SENTENCE_WORDS = 25
# Fields read as instructions or summaries: held to the reading grade.
GRADED_FIELDS = {
    "summary", "correction", "action", "steps", "how_to", "careful", "what_to_do", "cautions",
    "answer",
}  # fmt: skip
# Fields whose text is read as prose at all (grade is not applied to study findings, which
# must name the study, but their sentences must stay short).
PROSE_FIELDS = GRADED_FIELDS | {"text", "cells"}

MINIMUM_COUNTS = {
    "sources": 40,
    "causes": 15,
    "medications": 10,
    "remedies": 25,
    "stretches": 6,
    "glossary": 20,
    "red-flags": 4,
    "comparisons": 2,
    "first-aid": 3,
}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset()


def texts(value: Any, field: str = "") -> Iterator[tuple[str, str]]:
    """(field name, text) for every string in prose fields of a dumped record."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from texts(child, key)
    elif isinstance(value, list):
        for child in value:
            yield from texts(child, field)
    elif isinstance(value, str) and field in PROSE_FIELDS:
        yield field, value


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def all_texts(dataset: Dataset) -> Iterator[tuple[str, str, str]]:
    for collection, records in dataset.collections.items():
        if collection == "sources":
            continue
        for record in records:
            for field, text in texts(record.model_dump(mode="json")):
                yield f"{collection}/{record.id}", field, text


def test_there_is_enough_content(dataset: Dataset) -> None:
    counts = dataset.counts()
    short = {k: (counts.get(k, 0), n) for k, n in MINIMUM_COUNTS.items() if counts.get(k, 0) < n}
    assert not short, f"collections below their minimum (have, need): {short}"


def test_no_sentence_is_over_25_words(dataset: Dataset) -> None:
    long = [
        f"{where} {field}: {sentence}"
        for where, field, text in all_texts(dataset)
        for sentence in sentences(text)
        if len(sentence.split()) > MAX_SENTENCE_WORDS
    ]
    assert not long, "\n".join(long)


def test_summaries_and_steps_read_at_grade_8_or_lower(dataset: Dataset) -> None:
    hard = [
        f"{where} {field} (grade {grade:.1f}): {text}"
        for where, field, text in all_texts(dataset)
        if field in GRADED_FIELDS and (grade := textstat.flesch_kincaid_grade(text)) > MAX_GRADE
    ]
    assert not hard, "\n".join(hard)


def test_the_grade_check_can_fail() -> None:
    dense = (
        "Pharmacological interventions demonstrate heterogeneous effectiveness across "
        "methodologically diverse randomised investigations."
    )
    assert textstat.flesch_kincaid_grade(dense) > MAX_GRADE


def test_risky_remedies_link_warnings_and_quinine_cites_regulators(dataset: Dataset) -> None:
    sources = {s.id: s for s in dataset.sources}
    for remedy in dataset.remedies:
        if remedy.safety in {Safety.WARNING, Safety.DANGER}:
            assert remedy.warnings, remedy.id
    quinine = dataset.get("remedies", "quinine")
    cited = {s for w in quinine.warnings for s in source_ids(dataset.get("warnings", w))}
    assert any(sources[s].kind is SourceKind.REGULATOR for s in cited)


def test_every_record_states_how_it_was_reviewed(dataset: Dataset) -> None:
    for collection, records in dataset.collections.items():
        if collection == "sources":
            continue
        for record in records:
            assert record.review_status.value == "sources-checked", record.id
