"""What the tests need to know about the built site and how to drive its theme."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page


def site_pages(site: Path) -> list[str]:
    """Every page of a built site, as URL paths relative to its root ('' is the home page).

    With MkDocs' directory URLs every page is a folder's index.html; the 404 page and
    anything under assets/ are not pages a reader navigates to.
    """
    found = []
    for file in sorted(site.rglob("index.html")):
        relative = file.relative_to(site).parent.as_posix()
        if relative.split("/")[0] in {"assets", "search", "api"}:
            continue
        found.append("" if relative == "." else relative + "/")
    return found


def set_scheme(page: Page, scheme: str) -> None:
    """Show the page in 'light' or 'dark' as a reader's system setting would.

    The palette follows the system (its first option is 'automatic'), so emulating the
    media feature is what a reader with dark mode on gets; wait until the theme has applied it.
    (A plain page without the theme, such as a broken-page fixture, just gets the media.)
    """
    page.emulate_media(color_scheme=scheme)
    want = "slate" if scheme == "dark" else "default"
    page.wait_for_function(
        """(want) => !document.body.hasAttribute('data-md-color-scheme') ||
                    document.body.getAttribute('data-md-color-scheme') === want""",
        arg=want,
    )


def render_everything(page: Page) -> None:
    """Lay out the whole page now, as a reader sees each part once scrolled to it.

    The long blocks skip rendering while off screen (content-visibility: auto in extra.css,
    for speed on a phone), so a full-page screenshot would show them blank and axe could not
    judge their colours. Added again after an instant navigation, which drops it with the head.
    Colour changes then still under way (the theme eases link colours in) are waited for, at
    most a second, so what is judged is the colour the reader ends up with.
    """
    page.evaluate(
        """async () => {
             if (!document.getElementById('nc-render-everything')) {
               const style = document.createElement('style');
               style.id = 'nc-render-everything';
               style.textContent = '* { content-visibility: visible !important; }';
               document.head.appendChild(style);
               void document.body.offsetHeight;
             }
             const easing = document.getAnimations().filter((a) => a instanceof CSSTransition);
             const late = new Promise((done) => setTimeout(done, 1000));
             await Promise.race([Promise.all(easing.map((a) => a.finished)), late]);
           }"""
    )


SEARCH_BOX = "input.md-search__input"
SEARCH_META = ".md-search-result__meta"
RESULT_LINKS = ".md-search-result__item > a.md-search-result__link"


def open_search(page: Page) -> None:
    """Focus the search box and wait until the search index has loaded in its web worker.

    The message the theme shows for an empty query is remembered, to tell later when a
    cleared box has been seen by the worker.
    """
    page.locator(SEARCH_BOX).click()
    wait_for_search(page)


def wait_for_search(page: Page) -> None:
    """Wait until search, just opened, has its index loaded in the web worker (the theme
    shows "Initialising search" until then), and remember its empty-query message."""
    page.wait_for_function(
        """(sel) => {
             const m = document.querySelector(sel);
             return m && m.textContent.trim() && !/initiali[sz]/i.test(m.textContent);
           }""",
        arg=SEARCH_META,
    )
    page.evaluate(
        "(sel) => { window.__ncEmpty = document.querySelector(sel).textContent }", SEARCH_META
    )


def search(page: Page, query: str) -> list[str]:
    """Put `query` in the real search box as a reader would; the result pages, best first.

    The theme sends the box's value to its search worker on every keyup. The box is emptied
    first and we wait until the theme shows its empty-query message; then the query goes in
    with one keyup, so the next result list the theme shows is the one for this query (the
    worker answers in order). One link per result entry: the page, not its sections.
    """
    box = page.locator(SEARCH_BOX)
    box.fill("")
    box.press("End")
    page.wait_for_function(
        "(sel) => document.querySelector(sel).textContent === window.__ncEmpty", arg=SEARCH_META
    )
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        "(sel) => document.querySelector(sel).textContent !== window.__ncEmpty", arg=SEARCH_META
    )
    return page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")
