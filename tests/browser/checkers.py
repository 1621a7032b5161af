"""The gates' logic, as small functions that each return the problems they found.

Every checker takes what the browser saw (a Playwright page, or what a page recorded) and
returns a list of plain sentences: empty means the gate passes. The same function runs on the
real site and on the deliberately broken pages in tests/browser/fixtures/, which is how each
gate is shown to fail when it should.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import ConsoleMessage, Error, Page

from .site import render_everything

# WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them (2.2 added no level-A rule
# that axe checks, so there is no "wcag22a" tag).
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")

# Schemes that load nothing from any host.
HOSTLESS_SCHEMES = {"data", "blob", "about", "javascript"}


# --- privacy -------------------------------------------------------------------------------


def foreign_requests(urls: Iterable[str], origin: str) -> list[str]:
    """Requests that went anywhere but `origin` (scheme://host:port of the local server)."""
    local = urlsplit(origin)
    problems = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in HOSTLESS_SCHEMES:
            continue
        if (parts.scheme, parts.netloc) != (local.scheme, local.netloc):
            problems.append(f"request to another host: {url}")
    return sorted(set(problems))


def cookie_problems(cookies: Sequence[Mapping[str, Any]]) -> list[str]:
    """Any cookie at all is a problem: the site keeps nothing about its readers."""
    return [f"cookie set: {c['name']} (domain {c.get('domain', '?')})" for c in cookies]


# --- console -------------------------------------------------------------------------------


@dataclass
class ConsoleWatch:
    """Collects console errors and uncaught exceptions from a page while it is watched."""

    errors: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> ConsoleWatch:
        page.on("console", self._on_console)
        page.on("pageerror", self._on_pageerror)
        return self

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url", "") if message.location else ""
            self.errors.append(f"console error: {message.text}" + (f" ({where})" if where else ""))

    def _on_pageerror(self, error: Error) -> None:
        self.errors.append(f"uncaught exception: {error.message}")

    def take(self) -> list[str]:
        """The errors since the last call, and start afresh."""
        taken, self.errors = self.errors, []
        return taken


# --- layout --------------------------------------------------------------------------------

_OVERFLOW_JS = """
() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth <= width + 1) return [];
  // The page scrolls sideways: name the widest elements that stick out and are not
  // inside a box that scrolls (or clips) on its own.
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className.trim()
      ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const culprits = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1 || clipped(el)) continue;
    culprits.push(name(el) + " reaches " + Math.round(box.right) + "px");
    if (culprits.length >= 5) break;
  }
  return ["page is " + root.scrollWidth + "px wide in a " + width + "px window" +
          (culprits.length ? ": " + culprits.join("; ") : "")];
}
"""


def sideways_overflow(page: Page) -> list[str]:
    """Whether the page scrolls sideways at the current window width, and what sticks out."""
    return page.evaluate(_OVERFLOW_JS)


_VISIBLE_JS = """
(selector) => {
  const el = document.querySelector(selector);
  if (!el) return ["nothing matches " + selector];
  const box = el.getBoundingClientRect();
  const problems = [];
  if (box.width === 0 || box.height === 0) problems.push(selector + " has no size");
  const w = document.documentElement.clientWidth, h = window.innerHeight;
  if (box.top < 0 || box.left < 0 || box.bottom > h + 0.5 || box.right > w + 0.5)
    problems.push(selector + " spans " + [box.left, box.top, box.right, box.bottom]
      .map(Math.round).join(",") + " but the screen shows 0,0," + w + "," + h);
  return problems;
}
"""


# WCAG 2.2 target size (minimum), 2.5.8: a pointer target is at least 24 by 24 CSS pixels,
# unless it sits in a line of text (a link in a sentence, a heading's permalink), or it is
# spaced: a 24 px square centred on it overlaps no other target.
TARGET_MIN = 24

_SMALL_TARGETS_JS = """
(min) => {
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (el.classList.length ? "." + [...el.classList].join(".") : "");
  const inText = (el) => {
    const display = getComputedStyle(el).display;
    if (display !== "inline" && display !== "inline-block") return false;
    const block = el.closest("p, li, td, th, dd, dt, figcaption, h1, h2, h3, h4, h5, h6, sup");
    return block !== null && block.textContent.trim().length > el.textContent.trim().length;
  };
  const targets = [...document.querySelectorAll(
    "main a[href], main button, main select, main summary, main input:not([type=hidden]), " +
    "main [role=button], svg a")]
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ el, box }) => box.width > 0 && box.height > 0 &&
      getComputedStyle(el).visibility !== "hidden" &&
      !(el.closest("details:not([open])") && !el.closest("summary")));  // folded away
  const overlaps = (a, b) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const found = [];
  for (const { el, box } of targets) {
    if (box.width + 0.5 >= min && box.height + 0.5 >= min) continue;
    if (inText(el)) continue;
    const cx = (box.left + box.right) / 2, cy = (box.top + box.bottom) / 2, h = min / 2;
    const square = { left: cx - h, right: cx + h, top: cy - h, bottom: cy + h };
    const crowded = targets.some((other) => other.el !== el && !other.el.contains(el) &&
      !el.contains(other.el) && overlaps(square, other.box));
    if (crowded) {
      found.push(name(el) + " '" + el.textContent.trim().slice(0, 40) + "' is " +
        Math.round(box.width) + "x" + Math.round(box.height) + " px, with another target " +
        "within 12 px of its centre");
    }
  }
  return found;
}
"""


def small_targets(page: Page, minimum: int = TARGET_MIN) -> list[str]:
    """Links, buttons and fields smaller than `minimum` px with another target too close,
    other than those in a line of text (which WCAG 2.5.8 exempts)."""
    found = page.evaluate(_SMALL_TARGETS_JS, minimum)
    return [f"target smaller than {minimum} px: {item}" for item in found]


def not_fully_visible(page: Page, selector: str) -> list[str]:
    """Problems if the element is not wholly on screen without scrolling."""
    page.evaluate("window.scrollTo(0, 0)")
    return page.evaluate(_VISIBLE_JS, selector)


# --- accessibility -------------------------------------------------------------------------


@dataclass(frozen=True)
class Allowed:
    """An axe finding we accept, because it lives in the theme and our overrides cannot fix it.

    `target` is a regular expression matched against the CSS selector axe reports for a node.
    """

    rule: str
    target: str
    reason: str

    def covers(self, rule: str, target: str) -> bool:
        return rule == self.rule and re.search(self.target, target) is not None


def run_axe(
    page: Page, tags: Sequence[str] = WCAG_TAGS, rules: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """axe-core's violations for the page as it is now, for the given WCAG tags.

    axe runs in the page and leaves its result on `window`; we wait for it with a time limit
    (an evaluate call that awaits a promise has none, and would hang the suite if the page
    went away or axe never finished).
    """
    render_everything(page)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    only = (
        {"type": "rule", "values": list(rules)} if rules else {"type": "tag", "values": list(tags)}
    )
    options = {"runOnly": only, "resultTypes": ["violations"]}
    page.evaluate(_AXE_START_JS, options)
    page.wait_for_function("() => window.__ncAxe !== null", polling=50, timeout=AXE_TIMEOUT_MS)
    result = page.evaluate("window.__ncAxe")
    if not result:
        raise RuntimeError(f"{page.url} was replaced while axe-core ran")
    if "error" in result:
        raise RuntimeError(f"axe-core failed on {page.url}: {result['error']}")
    return result["violations"]


AXE_TIMEOUT_MS = 60_000
_AXE_START_JS = """
(options) => {
  window.__ncAxe = null;
  axe.run(document, options).then(
    (result) => { window.__ncAxe = { violations: result.violations }; },
    (error) => { window.__ncAxe = { error: String(error) }; },
  );
}
"""


def axe_problems(
    violations: Sequence[Mapping[str, Any]],
    allowlist: Sequence[Allowed] = (),
    used: set[Allowed] | None = None,
) -> list[str]:
    """One sentence per violating node that no allowlist entry covers.

    Entries that covered something are added to `used`, so stale entries can be found.
    """
    problems = []
    for violation in violations:
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            entry = next((a for a in allowlist if a.covers(violation["id"], target)), None)
            if entry is not None:
                if used is not None:
                    used.add(entry)
                continue
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            problems.append(f"{violation['id']} ({violation['impact']}) at {target}: {summary}")
    return problems


# --- reading without JavaScript ------------------------------------------------------------

_MAIN_TEXT_JS = """
() => {
  const main = document.querySelector("article") || document.querySelector("main") ||
               document.body;
  const h1 = main.querySelector("h1");
  return {
    text: main.innerText.replace(/\\s+/g, " ").trim(),
    h1: h1 ? h1.innerText.trim() : "",
    h1Visible: !!h1 && h1.getBoundingClientRect().height > 0 &&
               getComputedStyle(h1).visibility !== "hidden" &&
               parseFloat(getComputedStyle(h1).opacity) > 0,
  };
}
"""


def main_text(page: Page) -> dict[str, Any]:
    """The visible text of the page's main content and its heading (all of it, as a reader
    scrolling down reads it: blocks that skip rendering off screen are rendered first)."""
    render_everything(page)
    return page.evaluate(_MAIN_TEXT_JS)


def unreadable(without_js: Mapping[str, Any], with_js_length: int | None = None) -> list[str]:
    """Problems if the main content read with JavaScript off is missing or much shorter.

    With JavaScript on, scripts may add controls (filters, buttons), so a little less text
    without them is fine; most of it missing is not.
    """
    problems = []
    if not without_js["h1"] or not without_js["h1Visible"]:
        problems.append("the main heading is missing or hidden without JavaScript")
    length = len(without_js["text"])
    if length < 80:
        problems.append(f"only {length} characters of main content without JavaScript")
    elif with_js_length and length < 0.8 * with_js_length:
        problems.append(
            f"{length} characters of main content without JavaScript, {with_js_length} with it"
        )
    return problems


# --- print ---------------------------------------------------------------------------------

_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_page_count(pdf: bytes) -> int:
    """Pages in a PDF that Chromium wrote (it writes one uncompressed /Type /Page per page)."""
    return len(_PAGE_OBJECT.findall(pdf))


def print_problems(pdf: bytes, pages: int = 1) -> list[str]:
    count = pdf_page_count(pdf)
    return [] if count == pages else [f"prints to {count} pages, not {pages}"]


# --- search --------------------------------------------------------------------------------


def page_path(url: str) -> str:
    """The site path of a result link, without host, query or fragment: 'remedies/quinine/'."""
    path = urlsplit(url).path.lstrip("/")
    return path.removesuffix("index.html")


def search_problems(query: str, expected: str, results: Sequence[str], top: int = 3) -> list[str]:
    """The expected page must be among the first `top` results."""
    shown = [page_path(r) for r in results[:top]]
    if expected in shown:
        return []
    return [f"{query!r}: expected {expected or '(home)'} in the top {top}, got {shown}"]


# --- tables --------------------------------------------------------------------------------

_COLUMN_JS = """
([table, header]) => {
  const t = document.querySelector(table);
  if (!t) return null;
  const heads = [...t.tHead.rows[0].cells];
  const index = heads.findIndex((th) => th.textContent.trim().startsWith(header));
  if (index < 0) return null;
  const rows = [...t.tBodies[0].rows].filter((r) => !r.hidden && r.offsetParent !== null);
  return {
    sort: heads[index].getAttribute("aria-sort"),
    keys: rows.map((r) => {
      const c = r.children[index];
      const k = c.getAttribute("data-sort");
      return k === null ? c.textContent.trim().toLowerCase() : k;
    }),
    values: rows.map((r) => (r.children[index].getAttribute("data-value") || "").split(/\\s+/)),
    total: t.tBodies[0].rows.length,
  };
}
"""


def column(page: Page, table: str, header: str) -> dict[str, Any] | None:
    """The shown rows' sort keys and filter values in one column, and its aria-sort state."""
    return page.evaluate(_COLUMN_JS, [table, header])


def _sort_key(value: str) -> tuple[int, float | str]:
    """Numbers sort as numbers, words as words: as the table script compares them."""
    try:
        return (0, float(value))
    except ValueError:
        return (1, value)


def sort_problems(page: Page, table: str, header: str) -> list[str]:
    """Clicking a column's sort button sorts the rows by it, up then down, and says so."""
    button = page.locator(f"{table} thead th").filter(has_text=header).locator("button")
    if button.count() != 1:
        return [f"{header!r} has no sort button in {table}"]
    problems = []
    for direction in ("ascending", "descending"):
        button.click()
        shown = column(page, table, header)
        if shown is None:
            return [f"no column {header!r} in {table}"]
        keys = [_sort_key(k) for k in shown["keys"]]
        want = sorted(keys, reverse=direction == "descending")
        if len(keys) < 2 or keys != want:
            problems.append(f"{header!r} is not sorted {direction} after a click: {shown['keys']}")
        if shown["sort"] != direction:
            problems.append(f"{header!r} says aria-sort={shown['sort']!r}, not {direction!r}")
    return problems


def filter_problems(page: Page, table: str, header: str, value: str) -> list[str]:
    """Choosing a value in a column's filter shows exactly the rows that have it."""
    select = page.get_by_label(header, exact=True)
    if select.count() != 1:
        return [f"no filter labelled {header!r} for {table}"]
    before = column(page, table, header)
    select.select_option(value)
    shown = column(page, table, header)
    problems = []
    if not shown or not shown["keys"]:
        problems.append(f"filtering {header!r} by {value!r} shows no rows")
    elif any(value not in tokens for tokens in shown["values"]):
        problems.append(f"filtering {header!r} by {value!r} still shows other rows")
    elif before and len(shown["keys"]) >= len(before["keys"]):
        problems.append(f"filtering {header!r} by {value!r} hid nothing")
    select.select_option("")
    after = column(page, table, header)
    if before and after and len(after["keys"]) != len(before["keys"]):
        problems.append(f"choosing 'Any' for {header!r} does not bring every row back")
    return problems
