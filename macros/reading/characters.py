"""Name a character that YAML refuses (NUL, BEL and other invisible ones) at its real line.

ruamel reports such a character by its offset in the whole text, which a contributor cannot
use; this turns the offset into a line and column and the code into words.
"""

from __future__ import annotations

from ruamel.yaml.reader import ReaderError

from .errors import Problem

# Control characters people actually paste in, by the name an editor may show.
_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
          0x1B: "escape", 0x7F: "delete"}  # fmt: skip


def refused_character(file: str, text: str, error: ReaderError) -> Problem:
    """One located problem for a character the YAML reader does not accept."""
    offset = max(0, min(int(error.position), len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    code = error.character if isinstance(error.character, int) else 0
    named = f"U+{code:04X}" + (f", {_NAMES[code]}" if code in _NAMES else "")
    if code < 0x20 or 0x7F <= code <= 0x9F:
        what = f"an invisible control character ({named})"
    else:
        what = f"a character that YAML does not allow ({named})"
    return Problem(
        file,
        line,
        column,
        f"this line contains {what}; delete it (it often comes from text pasted from another "
        "program), and retype the text around it if needed.",
    )
