"""The one exception type for data problems, and the located message it carries.

Contributors fix YAML, not Python: every problem names the file, line and column and says in
one plain sentence what is wrong and what is allowed. Nothing here prints a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """Errors stop the build; warnings are printed but do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in a data file. Paths are relative to the project root."""

    file: str
    line: int
    column: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.file}:{self.line}:{self.column}: {prefix}{self.message}"

    def github(self) -> str:
        """A GitHub Actions annotation line, so the problem shows on the pull request diff."""
        message = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        where = f"file={self.file},line={self.line},col={self.column}"
        return f"::{self.severity.value} {where}::{message}"


class DataError(Exception):
    """Raised once, after every problem in data/ has been collected."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))
