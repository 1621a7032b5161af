"""Accessibility: axe-core finds nothing at WCAG 2.2 A/AA on any page, light or dark, and
no colour contrast failure on a phone in dark mode (how the site is read at night)."""

from __future__ import annotations

import pytest

from .axe_allowlist import ALLOWLIST
from .crawl import SiteCrawl, accessibility_problems, report

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark", "phone-dark"])
def test_no_axe_violations_on_any_page(crawl: SiteCrawl, scheme: str) -> None:
    problems = accessibility_problems(crawl, scheme, ALLOWLIST)
    assert not problems, report(problems)


def test_every_allowlist_entry_is_still_needed(crawl: SiteCrawl) -> None:
    used: set = set()
    for scheme in ("light", "dark"):
        accessibility_problems(crawl, scheme, ALLOWLIST, used)
    stale = [entry for entry in ALLOWLIST if entry not in used]
    assert not stale, f"allowlist entries that match nothing any more, remove them: {stale}"


def test_every_allowlist_entry_says_why() -> None:
    for entry in ALLOWLIST:
        assert len(entry.reason.split()) >= 5, entry
