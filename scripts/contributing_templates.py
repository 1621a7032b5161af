"""Rewrite the record templates at the end of CONTRIBUTING.md from `make new`'s own code.

Run it after changing a model: `.venv/bin/python scripts/contributing_templates.py`.
tests/repo/test_contributing.py fails, naming this command, while a template differs from
what `make new` writes; the test only compares, so running the tests never edits the guide.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.commands.new import find_kind  # noqa: E402 - the project root must be importable first
from macros.commands.new.template import template  # noqa: E402

GUIDE = ROOT / "CONTRIBUTING.md"
COMMAND = ".venv/bin/python scripts/contributing_templates.py"
BLOCK = re.compile(
    r"<!-- template: (?P<kind>[a-z-]+) (?P<id>[a-z0-9-]+) -->\n<details>\n<summary>.*?</summary>\n"
    r"\n```yaml\n(?P<body>.*?)```\n\n</details>\n",
    re.S,
)


def template_blocks(text: str) -> dict[str, tuple[str, str]]:
    """kind -> (record id, YAML body) of each template block in the guide's text."""
    return {m["kind"]: (m["id"], m["body"]) for m in BLOCK.finditer(text)}


def with_fresh_templates(text: str) -> str:
    """The guide's text with every template block's YAML as `make new` writes it now."""

    def fresh(match: re.Match[str]) -> str:
        kind = find_kind(match["kind"])
        if kind is None:
            raise SystemExit(f"CONTRIBUTING.md has a template for an unknown kind: {match['kind']}")
        return match[0].replace(match["body"], template(kind, match["id"]))

    return BLOCK.sub(fresh, text)


def main() -> int:
    text = GUIDE.read_text(encoding="utf-8")
    fresh = with_fresh_templates(text)
    if fresh == text:
        print(f"The templates in {GUIDE.name} are up to date.", file=sys.stderr)
        return 0
    GUIDE.write_text(fresh, encoding="utf-8")
    print(f"Regenerated the templates in {GUIDE.name}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
