"""Replace an output folder only when everything written into it succeeded.

`make build` (site/) and the export (site/api/v1/) write into a fresh folder beside the real
one and swap it in with one rename at the end, so a broken data file or a crash never leaves a
half-written site or API behind: the old one stays as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staging_folder(final: Path) -> Iterator[Path]:
    """A new empty folder beside `final`, removed on the way out unless `swap_in` took it."""
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=final.parent))
    try:
        yield staging
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def swap_in(staging: Path, final: Path) -> None:
    """Put the finished staging folder where `final` was."""
    if final.exists():
        shutil.rmtree(final)
    staging.rename(final)
