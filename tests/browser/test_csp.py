"""The Content-Security-Policy: every page carries it, and the site itself never breaks it.

The policy (overrides/partials/csp.html) allows scripts only from the site's own files: no
inline scripts, no inline event handlers, nothing from another host. The theme's inline
scripts were moved to files for this; these tests check that the built pages really have none
left and that Chromium, enforcing the policy, reports no violation while a reader loads pages,
navigates instantly, searches and points at tooltips.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Page

from .crawl import follow_link
from .hostile_site import HostileWatch, hover_targets
from .site import open_search, search

pytestmark = pytest.mark.browser

# Content-Security-Policy directive -> the sources it must allow, exactly.
REQUIRED = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "worker-src": {"'self'"},
    "manifest-src": {"'self'"},
    "connect-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
PAGES = ["", "first-aid/", "remedies/", "remedies/quinine/", "stretches/calf-step/", "myths/"]


def policy_of(soup: Any) -> dict[str, set[str]]:
    meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert meta is not None, "no Content-Security-Policy meta tag"
    directives = {}
    for part in meta["content"].split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


def csp_problems(soup: Any) -> list[str]:
    """Why a built page would not satisfy the policy, or lack it."""
    head = soup.head
    meta = head.find("meta", attrs={"http-equiv": "Content-Security-Policy"}) if head else None
    if meta is None:
        return ["no Content-Security-Policy meta tag in the head"]
    problems = []
    policy = policy_of(soup)
    for name, sources in REQUIRED.items():
        if policy.get(name) != sources:
            problems.append(f"{name} is {sorted(policy.get(name, []))}, not {sorted(sources)}")
    before = [tag.name for tag in meta.find_all_previous(["script", "link", "style"])]
    if before:
        problems.append(f"the policy comes after {before}, which it then does not govern")
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type") not in DATA_SCRIPT_TYPES:
            problems.append(f"an inline script: {str(script)[:80]}")
    for tag in soup.find_all(True):
        handlers = [name for name in tag.attrs if name.lower().startswith("on")]
        if handlers:
            problems.append(f"an inline event handler {handlers} on <{tag.name}>")
        for name in ("href", "src", "action"):
            if str(tag.get(name, "")).strip().lower().startswith("javascript:"):
                problems.append(f"a javascript: address on <{tag.name}>")
    return problems


def test_every_built_page_carries_a_policy_it_satisfies(
    site_paths: list[str], site_page: Callable[[str], Any]
) -> None:
    found = {path: csp_problems(site_page(path)) for path in [*site_paths, "404.html"]}
    failing = {path or "(home)": problems for path, problems in found.items() if problems}
    assert not failing, failing


def test_the_policy_is_enforced(reader: tuple[Page, HostileWatch], site_url: str) -> None:
    """An inline handler put into a page is refused and reported: the check below can fail."""
    page, watch = reader
    page.goto(site_url + "remedies/", wait_until="load")
    page.evaluate(
        """() => {
          const img = document.createElement("img");
          img.setAttribute("onerror", "window.__ncRan = true");
          img.src = "no-such-image";
          document.body.appendChild(img);
        }"""
    )
    page.wait_for_function("() => window.__ncCsp.length > 0", timeout=5_000)
    assert page.evaluate("window.__ncRan") is None
    assert any("script-src" in v for v in watch.csp_violations())


def test_reading_the_site_breaks_no_policy_rule(
    reader: tuple[Page, HostileWatch], site_url: str
) -> None:
    """Full loads, instant navigation, tooltips and search, with the policy enforced."""
    page, watch = reader
    violations: list[str] = []
    for path in PAGES:
        page.goto(site_url + path, wait_until="load")
        hover_targets(page)
        violations += [f"{path or '(home)'}: {v}" for v in watch.csp_violations()]
    page.evaluate("window.__notReloaded = true")
    for path in reversed(PAGES):
        arrived, problems = follow_link(page, site_url + path)
        assert arrived is not None, problems
        violations += [f"{path or '(home)'} (instant): {v}" for v in watch.csp_violations()]
    open_search(page)
    assert search(page, "quinine"), "search found nothing"
    violations += [f"search: {v}" for v in watch.csp_violations()]
    errors = [e for e in watch.take() if re.search(r"Content.Security.Policy", e)]
    assert not violations + errors, violations + errors
