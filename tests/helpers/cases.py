"""The invalid-data cases in tests/fixtures/invalid/: where each says its one error must be.

Each case folder overlays the valid fixture; the first line of the file where the error
must appear says `# expect: LINE:COL: part of the message`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers.project import ROOT


def expectation(case: Path) -> tuple[str, int, int, str]:
    """(file relative to the project, line, column, message start) from the case's header."""
    files = [f for f in sorted(case.rglob("*")) if f.is_file()]
    headed = [f for f in files if f.read_bytes().startswith(b"# expect: ")]
    assert len(headed) == 1, f"{case.name}: one file must start with '# expect: L:C: message'"
    (file,) = headed
    header = file.read_bytes().split(b"\n", 1)[0].decode("ascii")
    line, column, message = header.removeprefix("# expect: ").split(":", 2)
    return f"data/{file.relative_to(case).as_posix()}", int(line), int(column), message.strip()


def run_validate(data: Path) -> subprocess.CompletedProcess[str]:
    """`python -m macros validate` on the project that holds this data folder, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(data.parent), "validate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
