"""The content itself meets the project's rules (the evidence rules in CONTRIBUTING.md).

Plain language is measured, not promised: every summary and step must read at grade 8 or
lower (Flesch-Kincaid) and no sentence anywhere may run over 25 words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import textstat

from macros.checks.references import source_ids
from macros.dataset import Dataset, build_dataset, check_data
from macros.models.vocab import Safety, SourceKind
from tests.helpers.rule_data import SOURCES as CHECK_SOURCES

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


# --- the clinical audit (issue 12): safety wording and the evidence rubric --------------------
# The data-wide tests read the real data; the rule tests build a tiny data folder that breaks
# one rule, so each shows its check can fail (run them with check_evidence removed from
# macros.checks.ALL_CHECKS and they fail).

STATIN_ADVICE = (r"stop", r"111", r"muscle pain, tenderness, weakness or cramps")


def test_statins_say_what_the_nhs_says_everywhere(dataset: Dataset) -> None:
    """Rule 3's exception: wherever statins are a cause, the NHS stop-and-get-help advice."""
    from macros.render.blocks import DONT_STOP

    statins = dataset.get("medications", "statins")
    flag = dataset.get("red-flags", "statin-muscle-pain")
    for where, text in (
        ("medications/statins summary", statins.summary),
        ("red-flags/statin-muscle-pain", f"{flag.summary} {flag.action}"),
        ("the do-not-stop box", DONT_STOP),
    ):
        lost = [w for w in STATIN_ADVICE if not re.search(w, text, re.IGNORECASE)]
        assert not lost, f"{where} does not say {lost}"
    assert flag.urgency.value == "urgent"
    new_medicine = dataset.get("red-flags", "cramps-after-new-medicine")
    assert "keep taking" not in f"{new_medicine.summary} {new_medicine.action}".lower()


def test_no_red_flag_suggests_a_self_test_for_a_clot(dataset: Dataset) -> None:
    """Homans' sign (pain on bending the foot up) is unreliable and invites self-testing."""
    for flag in dataset.red_flags:
        text = f"{flag.summary} {flag.action}".lower()
        assert not re.search(r"bend(ing)? (your|the) foot up|flex", text), flag.id


def test_every_source_records_its_check_and_no_unconfirmed_title_reaches_a_page(
    dataset: Dataset,
) -> None:
    for source in dataset.sources:
        assert source.checked.date <= dt.date.today(), source.id
        assert "not confirmed" not in source.title.lower(), source.id


def test_urgency_follows_the_most_cautious_source(dataset: Dataset) -> None:
    """Signs the MSD Manual says need a doctor right away are never left at soon or routine."""
    right_away = {"weakness-wasting-twitching", "numbness-or-swelling", "cramps-after-fluid-loss",
                  "cramps-in-chest-arms-or-belly", "dark-urine-with-muscle-pain"}  # fmt: skip
    emergency = {"clot-in-lung-signs", "sudden-cold-pale-leg"}
    urgency = {flag.id: flag.urgency.value for flag in dataset.red_flags}
    assert {f for f in right_away if urgency[f] not in {"urgent", "emergency"}} == set()
    assert {f for f in emergency if urgency[f] != "emergency"} == set()


def source_entry(source_id: str, kind: str, against: str = "abstract") -> str:
    """One source of the tiny rule-test dataset, with its check record."""
    return (
        f"- id: {source_id}\n  kind: {kind}\n  title: A work\n  authors: [Smith J]\n"
        f"  year: 2020\n  publisher: A publisher\n  url: https://example.org/{source_id}\n"
        f"  checked: {{against: {against}, date: 2020-01-01}}\n"
    )


# The rule tests share tests/unit/test_checks.py's sources (tests/helpers/rule_data.py) and add
# a review, a health service and a page that was not found again.
RULE_SOURCES = (
    CHECK_SOURCES
    + source_entry("review", "systematic-review")
    + source_entry("nhs", "health-service", "page")
    + source_entry("gone", "consumer", "not-found")
)

RULE_COMMON = "reviewed: 2026-01-01\nreview_status: sources-checked\n"


def rule_remedy(**fields: str) -> str:
    base = {"id": "x", "name": "X", "summary": "A remedy.", "sources": "[trial]",
            "kind": "supplement", "use": "[prevent]", "verdict": "unclear", "certainty": "low",
            "safety": "caution", "evidence": "[{text: A finding., sources: [trial]}]"}  # fmt: skip
    base.update(fields)
    return RULE_COMMON + "".join(f"{key}: {value}\n" for key, value in base.items())


def rule_problems(tmp_path: Path, files: dict[str, str], sources: str = RULE_SOURCES) -> list[str]:
    data = tmp_path / "data"
    data.mkdir(parents=True)
    (data / "sources.yaml").write_text(sources)
    for name, text in files.items():
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text(text)
    _, problems = check_data(data, root=tmp_path, today=dt.date(2026, 6, 1))
    return [p.message for p in problems]


def red_flag(sources: str) -> str:
    return (
        f"- id: sign\n  name: A sign\n  summary: A sign.\n  sources: {sources}\n"
        "  reviewed: 2026-01-01\n  review_status: sources-checked\n  urgency: urgent\n"
        "  action: Get help today.\n"
    )


# Red flags come with the guide's questions for readers who have none of them.
GUIDE = (
    "- id: q\n  name: A question?\n  summary: A question.\n  sources: [nhs]\n"
    "  reviewed: 2026-01-01\n  review_status: sources-checked\n"
    "  answers:\n    - answer: 'Yes'\n      end: {red_flag: sign}\n      sources: [nhs]\n"
    "    - answer: 'No'\n      end: {red_flag: sign}\n      sources: [nhs]\n"
)


def test_a_red_flag_rests_only_on_health_services_and_guidelines(tmp_path: Path) -> None:
    flagged = {"red-flags.yaml": red_flag("[nhs, blog]"), "guide.yaml": GUIDE}
    (message,) = rule_problems(tmp_path / "a", flagged)
    assert "a red flag may cite only health services" in message and "blog" in message
    fine = {"red-flags.yaml": red_flag("[nhs]"), "guide.yaml": GUIDE}
    assert rule_problems(tmp_path / "b", fine) == []


def test_a_safety_point_never_rests_on_public_pages_alone(tmp_path: Path) -> None:
    warning = (
        "id: w\nname: A warning\nsummary: A risk.\nsources: [blog]\n"
        + RULE_COMMON
        + "severity: warning\npoints: [{{text: A risk., sources: [{src}]}}]\n"
        "what_to_do: [Ask a doctor.]\n"
    )
    (message,) = rule_problems(tmp_path / "a", {"warnings/w.yaml": warning.format(src="blog")})
    assert "rests only on web pages for the public" in message
    assert rule_problems(tmp_path / "b", {"warnings/w.yaml": warning.format(src="nhs")}) == []


def test_certainty_needs_the_evidence_the_rubric_asks_for(tmp_path: Path) -> None:
    moderate = rule_remedy(certainty="moderate")
    (message,) = rule_problems(tmp_path / "a", {"remedies/x.yaml": moderate})
    assert 'certainty of "moderate" needs a systematic review or a guideline' in message
    reviewed = rule_remedy(certainty="moderate", sources="[trial, review]")
    assert rule_problems(tmp_path / "b", {"remedies/x.yaml": reviewed}) == []
    low = rule_remedy(sources="[blog]", evidence="[{text: A finding., sources: [blog]}]")
    (message,) = rule_problems(tmp_path / "c", {"remedies/x.yaml": low})
    assert 'certainty of "low" needs at least one trial' in message
    helps = rule_remedy(verdict="helps")
    (message,) = rule_problems(tmp_path / "d", {"remedies/x.yaml": helps})
    assert 'the verdict "helps" needs' in message


def test_a_prescription_medicine_is_never_safe(tmp_path: Path) -> None:
    text = rule_remedy(kind="prescription", safety="safe")
    (message,) = rule_problems(tmp_path, {"remedies/x.yaml": text})
    assert 'safety "safe" is not possible here because it is a prescription medicine' in message


def test_a_statement_cannot_rest_only_on_a_source_that_was_not_found(tmp_path: Path) -> None:
    text = rule_remedy(
        certainty="very-low", sources="[gone]", evidence="[{text: A finding., sources: [gone]}]"
    )
    (message,) = rule_problems(tmp_path, {"remedies/x.yaml": text})
    assert "could not be found again when checked" in message


def test_a_source_without_a_check_record_is_refused(tmp_path: Path) -> None:
    unchecked = RULE_SOURCES.replace("  checked: {against: abstract, date: 2020-01-01}\n", "", 1)
    problems = rule_problems(tmp_path, {"remedies/x.yaml": rule_remedy()}, sources=unchecked)
    assert any('"checked" is missing' in p for p in problems), problems


def test_reader_text_gives_plain_numbers_not_ratios_or_ranges(dataset: Dataset) -> None:
    """Issue 12: "about twice as common", never an odds ratio, hazard ratio or likely range."""
    jargon = re.compile(r"odds ratio|hazard ratio|likely range|\bodds\b|confidence interval", re.I)
    found = [
        f"{where} {field}: {text}"
        for where, field, text in all_texts(dataset)
        if not where.startswith("glossary/") and jargon.search(text)
    ]
    assert not found, "\n".join(found)
