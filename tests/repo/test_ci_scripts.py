"""The helper scripts the workflows run: the weekly link check and the Zensical comparison.

Nothing here touches the internet: links are collected from fixture data, and the checker is
pointed at a small HTTP server on 127.0.0.1 that answers with chosen status codes.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.helpers.project import FIXTURES, ROOT, load_script

links = load_script("check_links")
sites = load_script("compare_sites")


class _Handler(BaseHTTPRequestHandler):
    """/200, /404, /403 ... answer with that status; /nohead refuses HEAD but serves GET."""

    def _answer(self, head: bool) -> None:
        name = self.path.strip("/")
        if name == "nohead":
            status = 405 if head else 200
        elif name == "moved":
            self.send_response(301)
            self.send_header("Location", "/200")
            self.end_headers()
            return
        else:
            status = int(name)
        self.send_response(status)
        self.end_headers()
        if not head:
            self.wfile.write(b"ok")

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_links_come_from_every_source_with_its_doi(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "data")
    found = links.collect_links(tmp_path / "data", tmp_path)
    urls = {link.url for link in found}
    assert "https://pubmed.ncbi.nlm.nih.gov/22341378/" in urls
    assert "https://doi.org/10.1002/14651858.CD009402.pub3" in urls
    assert len(urls) == len(found), "each address is checked once"
    garrison = next(link for link in found if "CD009402" in link.url)
    assert garrison.cited_by == ["garrison2020-csr (data/sources.yaml:12)"]


def test_the_real_sources_all_have_a_link() -> None:
    found = links.collect_links(ROOT / "data", ROOT)
    assert found and all(link.url.startswith("https://") for link in found)


@pytest.mark.parametrize(
    ("status", "state"),
    [(200, "ok"), (301, "ok"), (404, "broken"), (410, "broken"), (500, "broken"),
     (403, "refused"), (429, "refused")],
)  # fmt: skip
def test_statuses_are_classified(status: int, state: str) -> None:
    assert links.classify(status) == state


@pytest.mark.parametrize(
    ("path", "state"),
    [("200", "ok"), ("moved", "ok"), ("nohead", "ok"), ("404", "broken"), ("403", "refused"),
     ("503", "broken")],
)  # fmt: skip
def test_checking_against_a_local_server(server: str, path: str, state: str) -> None:
    result = links.check(links.Link(f"{server}/{path}"), timeout=5, pause=0)
    assert result.state == state, result.detail


def test_an_unreachable_host_is_broken() -> None:
    result = links.check(links.Link("http://127.0.0.1:9/"), timeout=2, pause=0)
    assert result.state == "broken" and "could not connect" in result.detail


def test_the_report_lists_broken_and_refused_links() -> None:
    def result(url: str, where: str, state: str, status: int) -> object:
        return links.Result(links.Link(url, [where]), state, f"HTTP {status}")

    results = [
        result("https://a.example/x", "a2020 (data/sources.yaml:3)", "broken", 404),
        result("https://b.example/y", "b2021 (data/sources.yaml:9)", "refused", 403),
        result("https://c.example/z", "c2022 (data/sources.yaml:15)", "ok", 200),
    ]
    text = links.report(results, dt.date(2026, 11, 23))
    assert text.startswith("Checked 3 source links on 2026-11-23: 1 broken, 1 could not be checked")
    assert "| <https://a.example/x> | HTTP 404 | a2020 (data/sources.yaml:3) |" in text
    assert "## Could not check" in text and "c.example" not in text


def test_the_command_exits_1_on_broken_links(tmp_path: Path, server: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "sources.yaml").write_text(
        f"- id: a\n  url: {server}/200\n- id: b\n  url: {server}/404\n", encoding="utf-8"
    )
    report = tmp_path / "report.md"
    assert links.main(["--data", str(data), "--report", str(report), "--timeout", "5"]) == 1
    assert "1 broken" in report.read_text(encoding="utf-8")


def page(title: str, body: str) -> str:
    return (
        f"<html><head><title>{title}</title><script>var x = 1;</script></head><body>"
        f'<nav>menu</nav><article class="md-content__inner"><h1>{title}</h1>{body}</article>'
        "</body></html>"
    )


def make_site(folder: Path, pages: dict[str, str]) -> Path:
    for name, html in pages.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    return folder


def test_identical_sites_match(tmp_path: Path) -> None:
    pages = {"index.html": page("Home", "<p>Hello</p>"), "a/index.html": page("A", "<p>a</p>")}
    one, two = make_site(tmp_path / "one", pages), make_site(tmp_path / "two", pages)
    assert sites.compare(one, two) == []
    assert sites.main([str(one), str(two)]) == 0


def test_markup_differences_alone_do_not_count(tmp_path: Path) -> None:
    one = make_site(tmp_path / "one", {"index.html": page("Home", "<p>Hello <b>there</b></p>")})
    two = make_site(
        tmp_path / "two",
        {"index.html": page("Home", "<div><p>Hello  <strong>there</strong></p></div>")},
    )
    assert sites.compare(one, two) == []


def test_differences_are_reported(tmp_path: Path) -> None:
    one = make_site(
        tmp_path / "mkdocs",
        {
            "index.html": page("Home", "<p>Hello</p>"),
            "gone/index.html": page("Gone", ""),
            "text/index.html": page("Text", "<p>Magnesium does not help.</p>"),
            "macro/index.html": page("Macro", "<p>ok</p>"),
        },
    )
    two = make_site(
        tmp_path / "zensical",
        {
            "index.html": page("Welcome", "<p>Hello</p>"),
            "text/index.html": page("Text", "<p>Magnesium does help.</p>"),
            "macro/index.html": page("Macro", '<p>{{ remedy_page("x") }}</p>'),
        },
    )
    summary = tmp_path / "summary.md"
    assert sites.main([str(one), str(two), "--summary", str(summary)]) == 1
    text = summary.read_text(encoding="utf-8")
    assert "- pages: `gone/index.html`: only in mkdocs" in text
    assert "- title: `index.html`: “Home” vs “Welcome”" in text
    assert "- text: `text/index.html`: “…" in text
    assert "- text: `macro/index.html`: macros left unrendered in zensical" in text
    assert all(what in text for what in sites.KNOWN_DIFFERENCES), "known differences listed"


def kinds(one: Path, two: Path) -> list[str]:
    return [difference.kind for difference in sites.compare(one, two)]


def test_theme_labels_outside_the_article_do_not_count(tmp_path: Path) -> None:
    def themed(label: str) -> str:
        return page("A", "<p>a</p>").replace("<nav>menu</nav>", f"<nav>{label}</nav>")

    one = make_site(tmp_path / "one", {"a/index.html": themed("Table of contents")})
    two = make_site(tmp_path / "two", {"a/index.html": themed("On this page")})
    assert sites.compare(one, two) == []


def linking(href: str) -> dict[str, str]:
    """A site whose page a/b/ links to `href`; pages c/ and d/ exist, c/ has id="x"."""
    return {
        "a/b/index.html": page("B", f'<p><a href="{href}">C</a></p>'),
        "c/index.html": page("C", '<h2 id="x">X</h2>'),
        "d/index.html": page("D", '<h2 id="x">X</h2>'),
    }


def test_links_must_lead_to_the_same_existing_place(tmp_path: Path) -> None:
    one = make_site(tmp_path / "mkdocs", linking("../../c/#x"))
    same = make_site(tmp_path / "same", linking("/c/index.html#x"))
    assert sites.compare(one, same) == []
    extra_dots = make_site(tmp_path / "zensical", linking("../../../c/#x"))
    (broken, elsewhere) = sites.compare(one, extra_dots)
    assert (broken.kind, elsewhere.kind) == ("links", "links")
    assert "1 broken in zensical: ../../../c/#x leaves the site" in broken.detail
    other_page = make_site(tmp_path / "other", linking("../../d/#x"))
    (moved,) = sites.compare(one, other_page)
    assert "c/index.html#x" in moved.detail and "d/index.html#x" in moved.detail
    no_anchor = make_site(tmp_path / "anchor", linking("../../c/#y"))
    assert "leads to no #y on c/index.html" in sites.compare(one, no_anchor)[0].detail


def test_svg_links_are_followed_too(tmp_path: Path) -> None:
    one = make_site(tmp_path / "one", {"a/index.html": page("A", '<svg><a xlink:href="b/">')})
    assert any("b/ leads to no file" in d.detail for d in sites.compare(one, one))


def test_tooltips_are_compared(tmp_path: Path) -> None:
    term = '<p>An <abbr title="A study of studies.">review</abbr>.</p>'
    one = make_site(tmp_path / "one", {"index.html": page("A", term)})
    two = make_site(tmp_path / "two", {"index.html": page("A", "<p>An review.</p>")})
    assert kinds(one, two) == ["tooltips"]


def test_json_ld_is_compared(tmp_path: Path) -> None:
    def with_data(data: str) -> dict[str, str]:
        script = f'<script type="application/ld+json">{data}</script>'
        return {"index.html": page("A", "<p>a</p>").replace("</head>", script + "</head>")}

    one = make_site(tmp_path / "one", with_data('{"name": "A", "url": "https://x/"}'))
    same = make_site(tmp_path / "same", with_data('{"url": "https://x/", "name": "A"}'))
    two = make_site(tmp_path / "two", with_data('{"name": "B", "url": "https://x/"}'))
    assert kinds(one, same) == []
    assert kinds(one, two) == ["json-ld"]


def test_search_indexes_must_list_the_same_sections(tmp_path: Path) -> None:
    one = make_site(tmp_path / "mkdocs", {"index.html": page("A", "<p>a</p>")})
    two = make_site(tmp_path / "zensical", {"index.html": page("A", "<p>a</p>")})
    sections = [{"location": "", "title": "A"}, {"location": "#b", "title": "B"}]
    (one / "search").mkdir()
    (one / "search" / "search_index.json").write_text(json.dumps({"docs": sections}))
    (two / "search.json").write_text(json.dumps({"items": sections}))
    assert kinds(one, two) == []
    (two / "search.json").write_text(json.dumps({"items": sections[:1]}))
    (missing,) = sites.compare(one, two)
    assert missing.kind == "search" and "1 sections only in mkdocs: #b “B”" in missing.detail
