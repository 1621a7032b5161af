"""`make build`: validate, strict MkDocs build and JSON export, then swap into site/.

The site is built into a fresh temporary folder and moved over site/ only when every step
succeeded, so a broken data file never produces a half-built site. The build time is fixed
once, from SOURCE_DATE_EPOCH or the last commit (buildtime.py), and handed to MkDocs as
SOURCE_DATE_EPOCH too, so two builds of one commit give byte-identical files, sitemap and
API included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..dataset import Dataset, check_data
from ..reading.errors import Severity
from .buildtime import BuildTimeError, build_epoch, iso_time
from .export import export_api
from .feed import write_feed
from .offline import write_service_worker


def finish_site(root: Path, site: Path, dataset: Dataset, generated_at: str | None = None) -> None:
    """The steps that run on the built site, whichever builder made it (MkDocs or Zensical):
    the JSON API, the Atom feed and the offline service worker. `generated_at` defaults to
    the build time of `root` (buildtime.py), so `finish` after Zensical is reproducible too."""
    export_api(root, site, dataset, generated_at)
    write_feed(root, site, dataset)
    write_service_worker(site)


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
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent))
    try:
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
        if site.exists():
            shutil.rmtree(site)
        staging.rename(site)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    print(f"Built the site and the JSON API into {site.name}/.")
    return 0
