"""Privacy: loading every page asks nothing of any host but the site's own, and sets no cookie."""

from __future__ import annotations

import pytest

from .crawl import SiteCrawl, privacy_problems, report

pytestmark = pytest.mark.browser


def test_no_request_leaves_the_site_and_no_cookie_is_set(crawl: SiteCrawl) -> None:
    problems = privacy_problems(crawl)
    assert not problems, report(problems)


def test_the_crawl_saw_the_pages_load(crawl: SiteCrawl) -> None:
    """Guard for the gate above: requests were really recorded for every page."""
    silent = [v.path for v in crawl.visits if not v.requests]
    assert not silent, f"no requests recorded while loading {silent}"
