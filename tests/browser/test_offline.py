"""At the bedside, offline: once a reader has opened the site, first aid, the night card, the
stretches and When to get help open again with no connection; any other page says plainly
that the reader is offline; a new build replaces the saved copy, and one whose files cannot
all be fetched leaves the old copy whole.

"No connection" here is the real thing: the test stops the site's server (which cuts the
connections the browser holds open too) and empties the browser's own HTTP cache, so every
request fails unless the service worker answers it from its cache.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from macros.commands.offline import offline_pages, write_service_worker

from .server import serve

pytestmark = pytest.mark.browser

# How old the copied site's files are made to look (see offline_site).
A_DAY = 24 * 60 * 60
# How long the browser may take over any step, the service worker's install included.
WAIT_MS = 15_000


@pytest.fixture
def offline_site(built_site: Path, tmp_path: Path) -> Path:
    """A copy of the built site that a test may change, as a new build would.

    Its files are dated a day back, as a real host's are: the server sends that date as
    Last-Modified, so Chromium's HTTP cache counts its copies fresh for hours (a tenth of
    their age). A worker that filled its cache through the HTTP cache would then keep the
    old build, as it would for a reader. A freshly built folder hides that: its copies go
    stale within seconds.
    """
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy)
    then = time.time() - A_DAY
    for file in copy.rglob("*"):
        os.utime(file, (then, then))
    return copy


@pytest.fixture
def fresh(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(service_workers="allow")
    context.set_default_timeout(WAIT_MS)
    yield context
    context.close()


def host(site: Path, port: int = 0) -> AbstractContextManager[str]:
    return serve(site, port=port)


def port_of(url: str) -> int:
    return int(url.rstrip("/").rsplit(":", 1)[1])


# The site's worker has finished taking over: nothing installing or waiting, the active
# worker activated (its activate step, which deletes the old caches, is done), and one cache
# left, not the `old` one. `page.wait_for_function` cannot wait for this: it does not await
# a promise, and a promise is truthy, so an async condition "holds" at once (Playwright's
# predicates are synchronous by design). It is asked with `page.evaluate` instead, which
# does await, again and again until it holds (see taken_over).
TAKEN_OVER = """async (old) => {
  const r = await navigator.serviceWorker.getRegistration();
  if (!r || r.installing || r.waiting || !r.active || r.active.state !== 'activated') return null;
  const keys = await caches.keys();
  return keys.length === 1 && keys[0] !== old ? keys[0] : null;
}"""


def taken_over(page: Page, old: str | None = None) -> str:
    """Wait until the site's worker (a new one, if `old` names the last cache) has taken
    over; returns the name of its cache. Fails, saying so, if that does not happen in time:
    a new build's worker that never installs or never activates leaves the old one in charge.
    """
    deadline = time.monotonic() + WAIT_MS / 1000
    while not (cache := page.evaluate(TAKEN_OVER, old)):
        if time.monotonic() > deadline:
            state = page.evaluate(
                """async () => {
                     const r = await navigator.serviceWorker.getRegistration();
                     return {installing: !!(r && r.installing), waiting: !!(r && r.waiting),
                             active: r && r.active && r.active.state, caches: await caches.keys()};
                   }"""
            )
            pytest.fail(f"the site's worker did not take over in {WAIT_MS} ms: {state}")
        page.wait_for_timeout(100)
    return cache


def forget_http_cache(page: Page) -> None:
    """Empty the browser's own HTTP cache (not the worker's): a phone evicts it first, so
    what opens offline must come from the worker's copy, never from there."""
    session = page.context.new_cdp_session(page)
    session.send("Network.clearBrowserCache")
    session.detach()


CACHE_NAMES = "() => caches.keys()"

# Ask for a new worker and wait (up to `ms`) until its install has ended, either way: it is
# then waiting, activating or activated, or it was dropped (redundant).
UPDATE_TRIED = """async (ms) => {
  const r = await navigator.serviceWorker.getRegistration();
  await r.update().catch(() => null);
  const worker = r.installing;
  if (!worker) return;
  await new Promise((resolve) => {
    const ended = () => worker.state !== 'installing' && resolve();
    worker.addEventListener('statechange', ended);
    ended();
    setTimeout(resolve, ms);
  });
}"""

MARKER = "NEW-BUILD-MARKER"


def saved_then_rebuilt(page: Page, site: Path) -> tuple[str, str, list[str]]:
    """The reader opens the site and its worker keeps the night pages; then a new build
    changes the first-aid page (it gets MARKER) and the offline step runs again. Returns the
    site's address, the first worker's cache and the files the new worker must keep."""
    with host(site) as url:
        page.goto(url)
        first = taken_over(page)
    file = site / "first-aid" / "index.html"
    file.write_text(file.read_text().replace("</h1>", f" {MARKER}</h1>", 1))
    return url, first, write_service_worker(site)


def back_online_for_update(page: Page, url: str) -> None:
    """The reader opens the site again online and the browser checks for a new worker (as it
    does on its own, now and then); returns once that worker's install has ended."""
    page.goto(url)
    page.evaluate(UPDATE_TRIED, WAIT_MS)


def styled(page: Page) -> bool:
    """The page has the theme's styles (its header sticks to the top)."""
    position = page.evaluate("getComputedStyle(document.querySelector('.md-header')).position")
    return position in {"sticky", "fixed"}


def test_night_pages_open_with_no_connection(fresh: BrowserContext, offline_site: Path) -> None:
    page = fresh.new_page()
    with host(offline_site) as url:
        page.goto(url)
        taken_over(page)
    forget_http_cache(page)
    # The server is gone: nothing can be fetched from the network any more.
    for path in offline_pages(offline_site):
        response = page.goto(url + path)
        assert response is not None and response.ok, f"{path or 'home'} did not open offline"
        assert page.locator("article h1").count() == 1, f"{path or 'home'} has no content"
        assert styled(page), f"{path or 'home'} opened without its styles"
    page.goto(url + "first-aid/")
    assert "calf" in page.locator("article").inner_text().lower()


# Records, for each call to register the service worker, whether the page had finished
# loading (its `load` event fired) at the time.
_WATCH_REGISTER = """
window.__ncLoaded = false;
window.addEventListener("load", () => { window.__ncLoaded = true; });
window.__ncRegisterCalls = [];
const register = ServiceWorkerContainer.prototype.register;
ServiceWorkerContainer.prototype.register = function (...args) {
  window.__ncRegisterCalls.push(window.__ncLoaded);
  return register.apply(this, args);
};
"""


def test_the_worker_is_registered_only_after_the_page_has_loaded(
    fresh: BrowserContext, built_site: Path
) -> None:
    """Installing the worker fetches the night pages; done while the page loads, it competed
    with it for the phone's network and CPU (Lighthouse's blocking time)."""
    page = fresh.new_page()
    page.add_init_script(_WATCH_REGISTER)
    with host(built_site) as url:
        page.goto(url, wait_until="load")
        page.wait_for_function("() => window.__ncRegisterCalls.length > 0", timeout=WAIT_MS)
        assert page.evaluate("window.__ncRegisterCalls") == [True]


def test_a_page_that_was_not_saved_says_you_are_offline(
    fresh: BrowserContext, offline_site: Path
) -> None:
    page = fresh.new_page()
    with host(offline_site) as url:
        page.goto(url)
        taken_over(page)
    forget_http_cache(page)
    page.goto(url + "remedies/quinine/")
    assert page.url == url + "offline/"
    assert page.locator("article h1").inner_text().startswith("You are offline")
    assert styled(page), "the offline page opened without its styles"
    link = page.get_by_role("link", name="Cramp right now? First aid")
    link.click()
    page.wait_for_url(url + "first-aid/")
    assert page.locator("article h1").count() == 1


def test_a_new_build_replaces_the_saved_copy(fresh: BrowserContext, offline_site: Path) -> None:
    page = fresh.new_page()
    url, first, _ = saved_then_rebuilt(page, offline_site)
    with host(offline_site, port=port_of(url)):
        back_online_for_update(page, url)
        taken_over(page, old=first)
    forget_http_cache(page)
    # Offline again, the reader opens first aid: the new build's page, not the old one.
    response = page.goto(url + "first-aid/")
    assert response is not None and response.ok, "first aid did not open offline"
    seen = page.locator("article h1").inner_text()
    assert MARKER in seen, f"after the update, offline, the old first-aid page was served: {seen!r}"


def test_an_update_cut_short_keeps_the_whole_old_copy(
    fresh: BrowserContext, offline_site: Path
) -> None:
    """A new build's worker that cannot fetch every file it must keep (here its stylesheets
    are missing; for a reader, the connection drops halfway) is dropped: the old worker keeps
    its whole copy, styles and all, rather than a new page without its styles."""
    page = fresh.new_page()
    url, first, kept = saved_then_rebuilt(page, offline_site)
    for name in kept:
        if name.endswith(".css"):
            (offline_site / name).unlink()
    with host(offline_site, port=port_of(url)):
        back_online_for_update(page, url)
        # (The dropped worker may leave its own cache behind, empty: the next build's deletes it.)
        assert first in page.evaluate(CACHE_NAMES), "the old copy was deleted"
    forget_http_cache(page)
    page.goto(url + "first-aid/")
    assert styled(page), "after a failed update, first aid opened without its styles"
    seen = page.locator("article h1").inner_text()
    assert MARKER not in seen, "a new worker missing files took over from the old copy"


def test_the_service_worker_never_touches_other_hosts(built_site: Path) -> None:
    script = (built_site / "sw.js").read_text()
    assert "self.location.origin" in script
    assert "http" not in script.split("const PRECACHE", 1)[1].split(";", 1)[0]
