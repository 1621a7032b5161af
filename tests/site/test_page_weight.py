"""Page weight budget on the built site (the site must be fast on a slow phone).

A page's weight is what a browser downloads to show it, gzip-compressed: the HTML and every
style sheet, script, image and SVG it loads up front (see bench/weight.py for exactly what
counts). The search index is loaded only when the reader opens search, so it is reported,
not counted. Budgets: median content page <= 90 KB, no page over 150 KB (KB = 1000 bytes).
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.weight import (
    KB,
    MAX_BUDGET_KB,
    MEDIAN_BUDGET_KB,
    content_pages,
    page_weight,
    site_weights,
    summarise,
)


def test_page_weight_counts_the_html_and_what_it_loads(built_site: Path) -> None:
    """The measure itself: the home page loads the theme's CSS and JS, and they are counted."""
    home = page_weight(built_site, built_site / "index.html")
    assert any(name.endswith(".css") for name in home.assets), home.assets
    assert any(name.endswith(".js") for name in home.assets), home.assets
    assert "search/search_index.json" not in home.assets
    assert home.total > home.html_bytes > 0


def test_median_content_page_is_within_budget(built_site: Path) -> None:
    weights = site_weights(built_site)
    assert len(weights) == len(content_pages(built_site)) > 0
    median = statistics.median(w.total for w in weights)
    summary = summarise(built_site)
    print(
        f"\npage weight (gzip): median {median / KB:.1f} KB, heaviest "
        f"{summary.max_bytes / KB:.1f} KB ({summary.heaviest}), {summary.pages} pages; "
        f"search index {summary.search_index_bytes / KB:.1f} KB "
        f"({summary.search_index_gzip_bytes / KB:.1f} KB gzip, loaded lazily)"
    )
    assert median <= MEDIAN_BUDGET_KB * KB, f"median page {median / KB:.1f} KB"


def test_no_page_is_over_the_maximum(built_site: Path) -> None:
    over = [
        f"{w.page}: {w.total / KB:.1f} KB (HTML {w.html_bytes / KB:.1f} KB)"
        for w in site_weights(built_site)
        if w.total > MAX_BUDGET_KB * KB
    ]
    assert not over, f"pages over {MAX_BUDGET_KB} KB gzip:\n" + "\n".join(over)


def test_the_search_index_is_built_and_reported(built_site: Path) -> None:
    summary = summarise(built_site)
    assert summary.search_index_bytes > 0
    assert 0 < summary.search_index_gzip_bytes < summary.search_index_bytes
