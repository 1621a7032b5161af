"""MkDocs hook used only by the benchmark: save each page's Markdown after macros rendered it.

Loaded through a derived config (`hooks:`), never by the site itself. Priority -10 runs it
after mkdocs-macros (priority 0) and before Material's tags plugin (-50), so the saved text
is exactly what the macros produced and what every later plugin would receive.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from mkdocs.plugins import event_priority

TARGET_ENV = "NC_BENCH_CAPTURE_DIR"


@event_priority(-10)
def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    """Write front matter (the page's meta) and rendered Markdown to the capture folder."""
    target = Path(os.environ[TARGET_ENV]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front = ""
    if page.meta:
        front = "---\n" + yaml.safe_dump(dict(page.meta), allow_unicode=True, sort_keys=False)
        front += "---\n"
    target.write_text(front + markdown, encoding="utf-8")
    return markdown
