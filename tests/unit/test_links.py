"""Links the render functions write, and the adapter that describes the page to them.

The two builders treat a relative link in raw HTML differently: MkDocs leaves it alone (the
browser resolves it from the page's URL); Zensical rewrites it as relative to the source file,
adding `../` on every page that is not an index page. The adapter
(`macros/builder/adapter.py`) tells `Here` which, from the page object each builder passes;
the render code never asks.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from macros.builder.adapter import current_page, project_root
from macros.render.links import Here

# MkDocs' page: `.file.src_uri`; Zensical's page: `.path` (and no `.file`).
MKDOCS_PAGE = SimpleNamespace(
    file=SimpleNamespace(src_uri="remedies/magnesium.md"),
    url="remedies/magnesium/",
    title="Magnesium",
    meta={"description": "About magnesium."},
)
ZENSICAL_PAGE = SimpleNamespace(
    path="remedies/magnesium.md", url="remedies/magnesium/", title="Magnesium", meta={}
)
CONF = {"site_url": "https://example.org/sub/"}


def env_for(page: SimpleNamespace, project_dir: str = "/project") -> SimpleNamespace:
    return SimpleNamespace(page=page, conf=CONF, project_dir=project_dir)


def test_the_adapter_reads_both_builders_pages() -> None:
    mkdocs, zensical = current_page(env_for(MKDOCS_PAGE)), current_page(env_for(ZENSICAL_PAGE))
    assert (mkdocs.src, zensical.src) == ("remedies/magnesium.md", "remedies/magnesium.md")
    assert mkdocs.url == zensical.url == "remedies/magnesium/"
    assert mkdocs.description == "About magnesium."
    assert zensical.canonical == "https://example.org/sub/remedies/magnesium/"
    assert (mkdocs.html_links_from_source, zensical.html_links_from_source) == (False, True)


def test_the_project_root_comes_from_project_dir(tmp_path: Path) -> None:
    assert project_root(env_for(ZENSICAL_PAGE, str(tmp_path))) == tmp_path.resolve()


# (from source, to source, anchor) -> (MkDocs href, Zensical href). After Zensical's rewrite
# (`c.md` -> `c/`, and `../` before it on a non-index page), both lead to the same page.
CASES = [
    (("remedies/magnesium.md", "remedies/quinine.md", ""), ("../quinine/", "quinine.md")),
    (
        ("remedies/magnesium.md", "causes/alcohol.md", ""),
        ("../../causes/alcohol/", "../causes/alcohol.md"),
    ),
    (
        ("remedies/magnesium.md", "sources/index.md", "src-a"),
        ("../../sources/#src-a", "../sources/index.md#src-a"),
    ),
    (("remedies/magnesium.md", "index.md", ""), ("../../", "../index.md")),
    (("remedies/index.md", "remedies/quinine.md", ""), ("quinine/", "quinine.md")),
    (("index.md", "first-aid.md", "aid-calf"), ("first-aid/#aid-calf", "first-aid.md#aid-calf")),
    (("glossary.md", "glossary.md", "term-x"), ("#term-x", "#term-x")),
]


def here(src: str, from_source: bool) -> Here:
    url = "" if src == "index.md" else src.removesuffix("index.md").removesuffix(".md")
    url = url if not url or url.endswith("/") else url + "/"
    return Here(src=src, url=url, html_links_from_source=from_source)


@pytest.mark.parametrize(("link", "expected"), CASES)
def test_links_suit_each_builder(link: tuple[str, str, str], expected: tuple[str, str]) -> None:
    """`href` follows the builder; `url_to` (for SVG's `xlink:href`, which no builder
    rewrites) is the URL relative to the page's URL under both."""
    source, target, anchor = link
    mkdocs, zensical = here(source, False), here(source, True)
    assert (mkdocs.href(target, anchor), zensical.href(target, anchor)) == expected
    assert mkdocs.url_to(target, anchor) == zensical.url_to(target, anchor) == expected[0]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("changes.md", ("../changes.xml", "changes.xml")),
        ("index.md", ("changes.xml", "changes.xml")),
        ("remedies/magnesium.md", ("../../changes.xml", "../changes.xml")),
    ],
)
def test_links_to_files_that_are_not_pages(source: str, expected: tuple[str, str]) -> None:
    """The feed sits at the site's root; Zensical's rewrite adds the `../` on changes/."""
    assert (
        here(source, False).file_href("changes.xml"),
        here(source, True).file_href("changes.xml"),
    ) == expected
