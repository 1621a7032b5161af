"""Health: no console errors anywhere, every page works when reached by instant navigation,
and every page reads without JavaScript."""

from __future__ import annotations

import pytest

from .crawl import (
    SiteCrawl,
    console_problems,
    instant_navigation_problems,
    readability_problems,
    report,
)

pytestmark = pytest.mark.browser


def test_no_console_errors_on_any_page(crawl: SiteCrawl) -> None:
    problems = console_problems(crawl)
    assert not problems, report(problems)


def test_every_page_arrives_by_instant_navigation_without_errors(crawl: SiteCrawl) -> None:
    problems = instant_navigation_problems(crawl)
    assert not problems, report(problems)


def test_every_page_reads_without_javascript(crawl: SiteCrawl) -> None:
    problems = readability_problems(crawl)
    assert not problems, report(problems)
