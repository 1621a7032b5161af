"""A macro-free twin of a project: same pages, already rendered to plain Markdown.

The overhead ratio compares a build with mkdocs-macros against a build of exactly the same
Markdown without it, so the difference is what the macros cost (importing them, loading the
data, rendering Jinja), nothing else. The rendered Markdown is captured from a real macros
build by a tiny hook (bench/capture_hook.py) rather than re-created by calling render
functions here, so index pages, listings and any future Jinja are captured as the site
renders them. Every other plugin, extension, theme override and asset stays identical.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from .capture_hook import TARGET_ENV
from .measure import Run, build_env, run_timed
from .project import config_with_hook, config_without_plugin

HOOK = Path(__file__).resolve().parent / "capture_hook.py"
CAPTURE_CONFIG = "mkdocs.capture.yml"


def capture_rendered(project: Path, into: Path, site: Path, timeout: float = 1800) -> Run:
    """Build `project` into `site` with the capture hook, saving each page's Markdown `into`.

    The site it builds is the same as a plain build's (the hook only reads), so a caller
    short of time may use this build as a timed one; the hook's extra work is one small
    file write per page.
    """
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / CAPTURE_CONFIG).write_text(config_with_hook(config, HOOK), encoding="utf-8")
    try:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
        command += ["--config-file", str(project / CAPTURE_CONFIG), "--site-dir", str(site)]
        run = run_timed(
            command, cwd=project, env={**build_env(), TARGET_ENV: str(into)}, timeout=timeout
        )
    finally:
        (project / CAPTURE_CONFIG).unlink(missing_ok=True)
    return run


def make_plain_twin(project: Path, twin: Path, site: Path, timeout: float = 1800) -> Run:
    """Copy `project` to `twin` with pre-rendered pages and no macros plugin.

    Returns the capturing build of `project` (built into `site`): a first look at the
    build cost, used to decide how many timed runs this scale can afford.
    """
    shutil.copytree(project, twin, ignore=shutil.ignore_patterns("__pycache__"))
    captured = twin.parent / f"{twin.name}-captured"
    run = capture_rendered(project, captured, site, timeout)
    for page in captured.rglob("*.md"):
        target = twin / "docs" / page.relative_to(captured)
        os.replace(page, target)
    shutil.rmtree(captured)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (twin / "mkdocs.yml").write_text(config_without_plugin(config, "macros"), encoding="utf-8")
    return run
