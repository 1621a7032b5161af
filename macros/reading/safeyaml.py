"""ruamel.yaml, the reference reader, with the loader's limits built into it.

ruamel.yaml writes the error messages and reads every file the fast path declines, so it
must be as safe as the fast path. Its scanner and composer are subclassed so that, as the
document streams in and before any value is built:

- every token and value checks the shared deadline and value count (see limits.py);
- nesting deeper than MAX_DEPTH is refused both in the composer (which is recursive, so deep
  input would otherwise end in a RecursionError) and in the scanner (whose bookkeeping for
  open brackets grows with their number);
- an alias adds the number of values it repeats to the count, so a "billion laughs" document
  is refused after a few thousand values instead of being expanded into gigabytes later, and
  an alias inside the value it names (`&a [*a]`, a loop) is refused outright;
- any explicit tag (`!!python/object/apply:...`, `!custom`) is refused: data files are plain
  text, numbers, dates, lists and mappings, and nothing in them may ask for a Python object;
- a date that does not exist (2026-13-45) and a number too long to convert are refused with a
  sentence that says what is wrong, instead of an exception from `datetime` or `int`.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.scanner import RoundTripScanner
from ruamel.yaml.util import create_timestamp, timestamp_regexp

from .limits import MAX_DEPTH, Guard, Refused, too_deep
from .positions import Path, Position, plain

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_INT = "tag:yaml.org,2002:int"
MAX_NUMBER_LENGTH = 100  # longer "numbers" are not values anyone measured


class _BoundedScanner(RoundTripScanner):
    def fetch_more_tokens(self) -> Any:
        line, column = self.reader.line + 1, self.reader.column + 1
        self.loader.guard.budget.check_time(line, column)
        if self.flow_level > MAX_DEPTH:
            raise Refused(line, column, too_deep())
        return super().fetch_more_tokens()


class _BoundedComposer(Composer):
    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        self._sizes: dict[Any, int] = {}

    def compose_node(self, parent: Any, index: Any) -> Any:
        guard: Guard = self.loader.guard
        event = self.parser.peek_event()
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        if isinstance(event, AliasEvent):
            if event.anchor in self.anchors and event.anchor not in self._sizes:
                raise Refused(
                    line,
                    column,
                    f"the alias *{event.anchor} is inside the value it repeats, so it would "
                    "repeat forever; write the values out instead.",
                )
            guard.alias(self._sizes.get(event.anchor, 1), line, column)
            return super().compose_node(parent, index)
        if event.ctag is not None:
            raise Refused(line, column, _tag_sentence(str(event.ctag)))
        guard.value(line, column, self.depth + 1)
        before = guard.values
        node = super().compose_node(parent, index)
        if isinstance(node, ScalarNode) and not node.style:
            _check_scalar(node, line, column)
        if event.anchor is not None:
            self._sizes[event.anchor] = guard.values - before + 1
        return node


def _yaml(guard: Guard) -> YAML:
    """Round-trip mode keeps line numbers; it builds only plain data, never Python objects."""
    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    yaml.Scanner = _BoundedScanner
    yaml.Composer = _BoundedComposer
    # The scanner and composer above read the guard as `self.loader.guard`; YAML declares no
    # such attribute, so the type checker is told this one addition is meant.
    yaml.guard = guard  # type: ignore[attr-defined]
    return yaml


def ruamel_parse(text: str, guard: Guard | None = None) -> tuple[Any, dict[Path, Position]]:
    """The reference reader: (data, positions); raises ruamel's errors for bad YAML and
    Refused for input beyond the limits."""
    document = _yaml(guard or Guard()).load(text)
    positions: dict[Path, Position] = {}
    return plain(document, (), positions), positions


def _check_scalar(node: ScalarNode, line: int, column: int) -> None:
    if node.tag == _TIMESTAMP:
        match = timestamp_regexp.match(node.value)
        try:
            create_timestamp(**match.groupdict())
        except (ValueError, OverflowError, AttributeError):
            raise Refused(line, column, date_sentence(node.value)) from None
    elif node.tag == _INT and len(node.value) > MAX_NUMBER_LENGTH:
        raise Refused(
            line,
            column,
            f"this number is too long ({len(node.value):,} characters); put it in quotes if "
            "it is meant as text.",
        )


def _tag_sentence(tag: str) -> str:
    written = re.sub(r"^tag:yaml\.org,2002:", "!!", tag)
    return (
        f'"{written[:60]}" is a YAML tag, and data files may not use tags; remove it (and put '
        "the value in quotes if it is meant as text)."
    )


def date_sentence(text: str) -> str:
    """What is wrong with a date (or date and time) that the calendar does not have."""
    match = timestamp_regexp.match(text)
    parts = {
        k: int(v) for k, v in (match.groupdict() if match else {}).items() if v and v.isdigit()
    }
    what = "a real date and time" if "hour" in parts else "a real date"
    year, month, day = parts.get("year", 1), parts.get("month", 1), parts.get("day", 1)
    if year < 1:
        reason = "the year must be 1 or later"
    elif not 1 <= month <= 12:
        reason = "the month must be 1 to 12"
    elif not 1 <= day <= (days := calendar.monthrange(year, month)[1]):
        reason = f"{calendar.month_name[month]} {year} has {days} days"
    elif parts.get("hour", 0) > 23:
        reason = "the hour must be 0 to 23"
    elif parts.get("minute", 0) > 59 or parts.get("second", 0) > 59:
        reason = "minutes and seconds must be 0 to 59"
    elif parts.get("tz_hour", 0) > 23:
        reason = "the time zone offset must be less than 24 hours"
    else:
        reason = "write dates as YYYY-MM-DD, for example 2026-01-31"
    return f"{text} is not {what}: {reason}."
