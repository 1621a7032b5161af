"""Hostile input: nothing in data/ can crash, hang or exhaust the validator, or make it read
outside data/.

Every case (the fixtures in fixtures/invalid/ plus links, pipes and folders that git cannot
hold, made here at test time) is validated by `python -m macros validate`'s own code in one
child process with a memory ceiling and a timeout, so a hang or an alias bomb fails this test
instead of hurting the machine; the child reports each case's output, CPU time and peak memory.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.cases import expectation
from tests.helpers.project import FIXTURES, ROOT

# The child's address space is capped so that a runaway fails the test, not the machine.
# Per case it must stay within these bounds; measured: about 40 MiB and under 0.1 s of CPU.
MEMORY_CEILING = 1536 * 2**20
CPU_SECONDS_PER_CASE = 2.0
PEAK_MEMORY = 256 * 2**20
HOSTILE_FIXTURES = (
    "impossible-month", "impossible-day", "python-tag", "deep-nesting", "alias-bomb",
    "huge-number",
)  # fmt: skip

# Runs in the child: validate each data folder given, print one JSON line per case.
DRIVER = """
import contextlib, io, json, sys, time
from macros.commands.cli import main

def peak_bytes():
    # VmHWM is this program's own high-water mark. ru_maxrss is not: after fork and exec
    # it keeps the forking parent's, so late in a full suite it reported pytest's size.
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) * 1024

for data in sys.argv[1:]:
    out, err = io.StringIO(), io.StringIO()
    started = time.process_time()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--root", data.rsplit("/", 1)[0], "validate"])
        except BaseException as error:  # a crash is a finding, reported like any output
            import traceback
            traceback.print_exc(file=err)
            code = f"crashed: {type(error).__name__}"
    print(json.dumps({
        "data": data, "code": code, "stdout": out.getvalue(), "stderr": err.getvalue(),
        "cpu": time.process_time() - started,
        "peak": peak_bytes(),
    }), flush=True)
"""


@dataclass(frozen=True)
class Case:
    """A data folder and the one error it must produce (None: it must be valid)."""

    name: str
    data: Path
    expect: tuple[str, int, int, str] | None


def overlay(target: Path, case: Path | None) -> Path:
    """A project folder whose data/ is the valid fixture plus the files of `case`."""
    data = target / "data"
    shutil.copytree(FIXTURES / "valid", data)
    if case is not None:
        shutil.copytree(case, data, dirs_exist_ok=True)
    return data


def made_cases(base: Path) -> list[Case]:
    """Cases git cannot store: links, a named pipe, a folder named like a file, a huge file."""
    cases: list[Case] = []

    def case(name: str, expect: tuple[str, int, int, str] | None) -> Path:
        data = overlay(base / name, None)
        cases.append(Case(name, data, expect))
        return data / "remedies"

    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text("id: secret\nname: Secret\n", encoding="utf-8")

    folder = case("folder-named-yaml", ("data/remedies/folder.yaml", 1, 1, "is a folder"))
    (folder / "folder.yaml").mkdir()
    (folder / "folder.yaml" / "inside.yaml").write_text("id: inside\n", encoding="utf-8")
    dangling = case("dangling-link", ("data/remedies/gone.yaml", 1, 1, "does not exist"))
    (dangling / "gone.yaml").symlink_to("missing.yaml")
    leaving = case("link-outside", ("data/remedies/secret.yaml", 1, 1, "outside data/"))
    (leaving / "secret.yaml").symlink_to(outside / "secret.yaml")
    zero = case("link-to-dev-zero", ("data/remedies/zero.yaml", 1, 1, "outside data/"))
    (zero / "zero.yaml").symlink_to("/dev/zero")
    pipe = case("named-pipe", ("data/remedies/pipe.yaml", 1, 1, "is a named pipe"))
    os.mkfifo(pipe / "pipe.yaml")
    big = case("oversized-file", ("data/remedies/big.yaml", 1, 1, "larger than 1 MB"))
    (big / "big.yaml").write_text("id: big\n" + "# padding\n" * 100_000, encoding="utf-8")
    leftovers = case("editor-leftovers", None)
    (leftovers / ".#stretching.yaml").symlink_to("someone@laptop.12345:1700000000")
    (leftovers / "stretching.yaml~").write_text("id: old\n", encoding="utf-8")
    (leftovers / "#stretching.yaml#").write_text("id: autosave\n", encoding="utf-8")
    (leftovers / ".stretching.yaml.swp").write_bytes(b"\x00\x01swap")
    (leftovers / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    inside = case("link-inside-data", None)
    (inside / "stretching.yaml").rename(inside / ".real-stretching")
    (inside / "stretching.yaml").symlink_to(".real-stretching")
    return cases


def all_cases(base: Path) -> list[Case]:
    """Every fixture case (the valid one too) plus the cases made at test time."""
    cases = [Case("valid", overlay(base / "valid", None), None)]
    for folder in sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir()):
        cases.append(Case(folder.name, overlay(base / folder.name, folder), expectation(folder)))
    return cases + made_cases(base)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Case, dict]]:
    """Validate every case in one bounded child process; {case name: (case, its report)}."""
    base = tmp_path_factory.mktemp("hostile")
    cases = all_cases(base)
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, *(str(c.data) for c in cases)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory,
        check=False,
    )  # fmt: skip
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(reports) == len(cases), (
        f"the validator died after {len(reports)} of {len(cases)} cases, at "
        f"{cases[len(reports)].name}: {done.stderr[-2000:]}"
    )
    return {case.name: (case, report) for case, report in zip(cases, reports, strict=True)}


CASE_NAMES = [
    "valid", *sorted(p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir()),
    "folder-named-yaml", "dangling-link", "link-outside", "link-to-dev-zero", "named-pipe",
    "oversized-file", "editor-leftovers", "link-inside-data",
]  # fmt: skip


def test_every_hostile_class_has_a_fixture() -> None:
    names = {p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir()}
    assert names >= set(HOSTILE_FIXTURES)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_validate_gives_one_located_sentence_quickly_and_in_bounded_memory(
    name: str, results: dict[str, tuple[Case, dict]]
) -> None:
    case, report = results[name]
    assert "Traceback" not in report["stderr"], report["stderr"]
    assert report["cpu"] < CPU_SECONDS_PER_CASE, f"{name} took {report['cpu']:.1f} s of CPU"
    assert report["peak"] < PEAK_MEMORY, f"{name} peaked at {report['peak'] / 2**20:.0f} MiB"
    lines = report["stdout"].splitlines()
    if case.expect is None:
        assert report["code"] == 0, report["stdout"]
        assert lines == [lines[-1]] and lines[-1].startswith("Data is valid"), report["stdout"]
        return
    file, line, column, message = case.expect
    assert report["code"] == 1, report
    assert len(lines) == 1, report["stdout"]
    assert lines[0].startswith(f"{file}:{line}:{column}: "), lines[0]
    assert message in lines[0], lines[0]


def test_no_message_names_a_path_on_the_machine(results: dict[str, tuple[Case, dict]]) -> None:
    for case, report in results.values():
        text = report["stdout"] + report["stderr"]
        assert str(case.data.parent) not in text, text
        assert not any(word.startswith("/") for word in text.split()), text
