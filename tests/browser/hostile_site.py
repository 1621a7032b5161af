"""Drive a page of the hostile site (tests/helpers/hostile.py) and record anything that became
markup.

An init script watches the document from before the first byte is parsed: every element that
carries `data-evil` (which only the hostile payload writes) is recorded the moment it is
inserted, whether the parser, the theme or our own scripts put it there, even if it is gone
again by the time the test looks (a tooltip removed when the pointer moves on). Dialogs are
recorded and dismissed; Content-Security-Policy violations are recorded too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Dialog, Page
from playwright.sync_api import Error as PlaywrightError

from .checkers import ConsoleWatch

WATCH_JS = """
(() => {
  window.__ncEvil = [];
  window.__ncCsp = [];
  const note = (el) => window.__ncEvil.push(el.outerHTML.slice(0, 160));
  const look = (node) => {
    if (node.nodeType !== 1) return;
    if (node.hasAttribute("data-evil")) note(node);
    node.querySelectorAll("[data-evil]").forEach(note);
  };
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(look);
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__ncCsp.push(
      `${event.violatedDirective} blocked ${event.blockedURI || "inline code"}` +
      ` (${event.sourceFile || document.location.pathname}:${event.lineNumber})`
    );
  });
})();
"""

# What a reader can point at to get a tooltip: glossary terms and anything else with a title,
# and the navigation and contents entries the theme shortens with an ellipsis (it gives those
# a title when they are cut short).
TARGETS = "abbr, [title], .md-ellipsis"

# One target per distinct tooltip: the same term with the same title shows the same tooltip,
# and pointing at each of its 70 uses on a long page would only make the test slow.
_MARK_TARGETS_JS = """
(selector) => {
  let count = 0;
  const seen = new Set();
  const old = document.querySelectorAll("[data-nc-target]");
  old.forEach((el) => el.removeAttribute("data-nc-target"));
  document.querySelectorAll(selector).forEach((el) => {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || el.closest("[hidden]")) return;
    if (el.matches(".md-ellipsis:not([title])") && el.offsetWidth >= el.scrollWidth) return;
    const key = el.tagName + "|" + (el.getAttribute("title") || "") + "|" + el.innerText;
    if (seen.has(key)) return;
    seen.add(key);
    el.setAttribute("data-nc-target", String(count++));
  });
  return count;
}
"""

# Bring a target into view and say where its middle is now (null if it is not shown).
_CENTRE_JS = """
(el) => {
  el.scrollIntoView({ block: "center", inline: "nearest" });
  const box = el.getBoundingClientRect();
  if (!box.width || !box.height) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
"""


@dataclass
class Findings:
    """What went wrong on the hostile site, by where it was seen."""

    problems: dict[str, int] = field(default_factory=dict)  # problem -> times seen

    def add(self, where: str, what: list[str]) -> None:
        for item in what:
            key = f"{where}: {item}"
            self.problems[key] = self.problems.get(key, 0) + 1

    def report(self) -> str:
        """One line per distinct problem (a payload is seen many times on a page)."""
        return "\n".join(
            f"{problem}" + (f" ({count} times)" if count > 1 else "")
            for problem, count in self.problems.items()
        )


@dataclass
class HostileWatch:
    """Dialogs, console errors and injected elements of one page, taken after each step."""

    page: Page
    console: ConsoleWatch = field(default_factory=ConsoleWatch)
    dialogs: list[str] = field(default_factory=list)

    def attach(self) -> HostileWatch:
        self.page.add_init_script(WATCH_JS)
        self.console.attach(self.page)
        self.page.on("dialog", self._on_dialog)
        return self

    def _on_dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"a {dialog.type} dialog said {dialog.message!r}")
        dialog.dismiss()

    def take(self) -> list[str]:
        """Everything seen since the last call: injected elements, dialogs, console errors."""
        seen = self.page.evaluate(
            "() => { const e = window.__ncEvil || []; window.__ncEvil = []; return e; }"
        )
        found = [f"an element from the data became markup: {html}" for html in seen]
        found += self.dialogs + self.console.take()
        self.dialogs = []
        return found

    def csp_violations(self) -> list[str]:
        return self.page.evaluate(
            "() => { const e = window.__ncCsp || []; window.__ncCsp = []; return e; }"
        )


def hover_targets(page: Page) -> int:
    """Point at every tooltip target on the page, one after another, as a reader would."""
    count = page.evaluate(_MARK_TARGETS_JS, TARGETS)
    for index in range(count):
        target = page.locator(f'[data-nc-target="{index}"]')
        try:
            centre = target.evaluate(_CENTRE_JS, timeout=1_000)
        except PlaywrightError:  # the page changed under us: nothing left to point at
            continue
        if centre:
            page.mouse.move(centre["x"], centre["y"])  # real pointer events, as a reader's
            page.wait_for_timeout(20)
    page.mouse.move(0, 0)
    page.wait_for_timeout(300)  # let a tooltip that is about to appear do so
    return count
