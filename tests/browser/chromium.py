"""How the tests start Chromium: Debian's package, not a Playwright download.

The path comes from $CHROMIUM, else `chromium` on PATH; `make test` installs the package when
it is missing.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

# Quiet, offline, repeatable: no sandbox (containers), no GPU, no background traffic of the
# browser's own. Any host but 127.0.0.1 fails at once instead of waiting for a network, so a
# request that escapes is recorded by the privacy gate without slowing the suite down.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 667}


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    path = path or shutil.which("chromium-browser")
    if not path:
        pytest.fail(
            "Chromium is missing: install it with `sudo apt-get install chromium` "
            "(make test does this when run as root), or set $CHROMIUM to its path."
        )
    return path


def launch_options() -> dict[str, Any]:
    return {"executable_path": chromium_path(), "args": CHROMIUM_ARGS}
