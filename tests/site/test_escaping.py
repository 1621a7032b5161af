"""Text from data is always shown as written: never run as HTML, Markdown or Jinja."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from macros.render.text import html_text, md_text

from tests.helpers.project import mkdocs_build

HOSTILE = "<script>alert(1)</script> {{ 7*7 }} {% if true %}x{% endif %} *not bold* [a](b) |"


def test_html_text_escapes_markup_and_quotes() -> None:
    assert html_text('<b a="1">&') == "&lt;b a=&quot;1&quot;&gt;&amp;"


def test_md_text_escapes_markdown_punctuation() -> None:
    assert md_text("*x* _y_ [a](b) #1 |") == r"\*x\* \_y\_ \[a\]\(b\) \#1 \|"
    assert "<" not in md_text("<script>")


def test_hostile_summary_appears_literally_on_the_built_page(project_copy: Path) -> None:
    remedy = next(sorted((project_copy / "data" / "remedies").glob("*.yaml")).__iter__())
    text = remedy.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^summary:.*(\n  .*)*", f"summary: '{HOSTILE}'", text, count=1)
    remedy.write_text(text, encoding="utf-8")
    site = project_copy / "site"
    result = mkdocs_build(project_copy, site)
    assert result.returncode == 0, result.stderr
    html = (site / "remedies" / remedy.stem / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    body = soup.select_one("article") or soup
    assert HOSTILE in body.get_text(" ")
    assert "alert(1)</script>" not in html.replace("&lt;/script&gt;", "")
    assert "{{ 7*7 }}" in body.get_text()  # not evaluated by Jinja
    for script in soup.find_all("script", string=re.compile("alert")):
        # Only the structured data may quote the summary, as JSON text that cannot close it.
        assert script.get("type") == "application/ld+json", script
        assert "</script" not in script.string.lower()
        assert HOSTILE in json.dumps(json.loads(script.string), ensure_ascii=False)
    assert not body.find("em", string="not bold")
