"""`make build`: validate, strict MkDocs build and JSON export, then swap into site/.

The site is built into a fresh folder and moved over site/ only when every step succeeded
(staging.py), so a broken data file never produces a half-built site. The build time is fixed
once, from SOURCE_DATE_EPOCH or the last commit (buildtime.py), and handed to MkDocs as
SOURCE_DATE_EPOCH too, so two builds of one commit give byte-identical files, sitemap and
API included.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..dataset import check_data
from ..reading.errors import Severity
from .buildtime import BuildTimeError, build_epoch, iso_time
from .finish import finish_site
from .staging import staging_folder, swap_in


def build_site(root: Path, site: Path) -> int:
    """Run every step; print located problems and return non-zero on any failure."""
    try:
        epoch = build_epoch(root)
    except BuildTimeError as error:
        print(error, file=sys.stderr)
        return 1
    dataset, problems = check_data(root / "data", root=root)
    for problem in problems:
        print(problem)
    if dataset is None:
        errors = sum(1 for p in problems if p.severity is Severity.ERROR)
        print(f"{errors} problems found in data/; the site was not built.", file=sys.stderr)
        return 1
    with staging_folder(site) as staging:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(staging)],
            cwd=root,
            check=False,
            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
        )
        if result.returncode != 0:
            print("The strict build failed; site/ was left as it was.", file=sys.stderr)
            return result.returncode
        finish_site(root, staging, dataset, iso_time(epoch))
        swap_in(staging, site)
    print(f"Built the site and the JSON API into {site.name}/.")
    return 0
