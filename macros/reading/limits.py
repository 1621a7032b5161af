"""The limits that make reading data/ cheap for any input, however hostile.

A data file is text that anyone can put in a pull request, and CI reads it. So reading is
bounded by construction, not by hoping the input is reasonable:

- a file is read only up to MAX_FILE_BYTES; the rest of a larger file is never read;
- both YAML readers (libyaml in fastyaml.py, ruamel.yaml in safeyaml.py) see the document as
  a stream of events and check every value here as it arrives, before anything is built from
  it: nesting deeper than MAX_DEPTH, aliases that would repeat more than MAX_ALIAS_VALUES
  values, and more than MAX_VALUES values in all of data/ stop reading with a located
  problem. Memory therefore grows with the number of values, which is capped;
- a deadline, TIME_BUDGET_SECONDS after loading starts, is checked at every value and every
  token. Between two checks each reader does work proportional to the length of one token,
  and a token is never longer than a file, so the deadline is overshot by at most the time to
  scan one file (milliseconds).

The size, value and time limits suit this project's data with a wide margin (20 to 200
times the real figures). `make bench` builds synthetic copies with 100 times the records; it
sets NIGHT_CRAMPS_LIMITS_FACTOR to its scale factor, which multiplies those three limits (not
depth or aliases, which do not grow with the number of records). The variable is set by
whoever runs the build, never by the data, so it is no way around the limits for a file.

Cooperative checks were chosen over a child process with a timeout (which would add a
second or so of imports to every build) and over a SIGALRM timer (which works only in the
main thread, while mkdocs serve and Zensical may load data from another thread). They also
make the outcome the same on every machine, except for the deadline itself, which only a
file built to be slow to read can reach.
"""

from __future__ import annotations

import os
import time

MAX_FILE_BYTES = 1_000_000  # the largest real file is about 55 kB
MAX_DEPTH = 40  # records nest a few levels (a list of mappings in a field)
MAX_ALIAS_VALUES = 10_000  # per file; the real data uses no aliases at all
MAX_VALUES = 500_000  # keys, list items and texts in all of data/; the real data has ~12,000
TIME_BUDGET_SECONDS = 20.0  # reading the real data takes about a tenth of a second


FACTOR_VARIABLE = "NIGHT_CRAMPS_LIMITS_FACTOR"


def factor() -> int:
    """The multiplier for size, value and time limits: NIGHT_CRAMPS_LIMITS_FACTOR, else 1."""
    given = os.environ.get(FACTOR_VARIABLE, "").strip()
    return int(given) if given.isdigit() and int(given) > 0 else 1


def max_file_bytes() -> int:
    """The size limit per data file, after the factor."""
    return MAX_FILE_BYTES * factor()


class Refused(Exception):
    """Input that is not read any further; carries the located plain sentence to show."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


class Budget:
    """Time and values left for one load of data/, shared by every file it reads."""

    def __init__(self, seconds: float | None = None, values: int | None = None) -> None:
        seconds = TIME_BUDGET_SECONDS * factor() if seconds is None else seconds
        values = MAX_VALUES * factor() if values is None else values
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.values_left = values
        self.values = values
        # Set once a limit of the whole load is reached: later files are then not read, so
        # the one file that reached it is the one problem reported.
        self.exhausted = False

    def check_time(self, line: int, column: int) -> None:
        """Stop if the deadline has passed."""
        if time.monotonic() > self.deadline:
            self.exhausted = True
            raise Refused(
                line,
                column,
                f"reading data/ took more than {self.seconds:g} seconds, so it stopped here; "
                "real records read in a moment, so check this file for very long or "
                "repetitive text.",
            )


class Guard:
    """Counts one document's values and aliases against the limits, as a reader goes.

    A reader that gives up on a document (the fast path handing over to ruamel.yaml) simply
    drops its guard; only a finished document's values are taken from the shared budget.
    """

    def __init__(self, budget: Budget | None = None) -> None:
        self.budget = budget or Budget()
        self.values = 0
        self.aliased = 0

    def value(self, line: int, column: int, depth: int) -> None:
        """One more value at nesting `depth` (1 for the top of the document)."""
        self.budget.check_time(line, column)
        if depth > MAX_DEPTH:
            raise Refused(line, column, too_deep())
        self.values += 1
        self._check_count(line, column)

    def alias(self, size: int, line: int, column: int) -> None:
        """An alias (*name) that repeats `size` values."""
        self.aliased += size
        self.values += size
        if self.aliased > MAX_ALIAS_VALUES:
            raise Refused(
                line,
                column,
                f"the aliases (*name) in this file repeat more than {MAX_ALIAS_VALUES:,} "
                "values; write the values out instead of repeating them with & and *.",
            )
        self._check_count(line, column)

    def commit(self) -> None:
        """The document was read: its values now count against the shared budget."""
        self.budget.values_left -= self.values

    def _check_count(self, line: int, column: int) -> None:
        if self.values > self.budget.values_left:
            self.budget.exhausted = True
            raise Refused(
                line,
                column,
                f"data/ holds more than {self.budget.values:,} values (keys, list items and "
                "texts) in all, so reading stopped here; check this file for repeated or "
                "generated content.",
            )


def too_deep() -> str:
    """The sentence for nesting beyond MAX_DEPTH, shared by both readers and the scanner."""
    return (
        f"this value is nested more than {MAX_DEPTH} levels deep; records nest only a few "
        "levels, so check the brackets [ ] and { } and the indentation."
    )
