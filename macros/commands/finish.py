"""`python -m macros finish`: the steps that run on a built site, whichever builder made it.

MkDocs' build (`make build`) and Zensical's (`make zensical-build`) both end here: the JSON
API, the Atom feed and the offline service worker are written from the dataset, not by a
builder's plugin, so the two sites get the same files.
"""

from __future__ import annotations

from pathlib import Path

from ..dataset import Dataset
from .export import export_api
from .feed import write_feed
from .offline import write_service_worker


def finish_site(root: Path, site: Path, dataset: Dataset, generated_at: str | None = None) -> None:
    """The JSON API, the Atom feed and the offline service worker. `generated_at` defaults to
    the build time of `root` (buildtime.py), so `finish` after Zensical is reproducible too."""
    export_api(root, site, dataset, generated_at)
    write_feed(root, site, dataset)
    write_service_worker(site)
