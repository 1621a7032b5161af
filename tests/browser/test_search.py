"""Search: real queries typed into the site's search box find the right page in the top 3.

Material's search runs lunr in a web worker over search/search_index.json; these tests type
into the real search box and read the result list the reader sees. The queries are the words
readers use: lay names, brand names, misspellings and questions. A query that fails is fixed
by making the page genuinely findable (an "Also called" alias in the data, a clearer heading,
a gentle `search: boost` in the page's front matter), never by special-casing the query.

What the theme's search can and cannot do shapes the misspellings here: it matches word
beginnings (so "quinin" finds "quinine"), and it ranks a page if any word matches (so one
misspelt word next to a right one still works: "tonic watter"), but it has no fuzzy matching,
so a variant spelling only works if the page shows it.

Headings matter most: the theme weighs a match in a page title or heading a thousand times
a match in the text, so a lay name that only appears in an "Also called" line loses to any
page whose title shares one of its words ("charley horse" against "Horse chestnut"); the
lay name then belongs in a heading.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .checkers import search_problems
from .chromium import DESKTOP
from .site import open_search, search

pytestmark = pytest.mark.browser

# query -> the page that must be among the first 3 results ("" is the home page).
QUERIES: dict[str, str] = {
    # What is happening to me, and what do I do now?
    "charley horse": "",
    "what is a charley horse": "",
    "cramp right now": "first-aid/",
    "cramp that won't stop": "first-aid/",
    "calf cramp": "first-aid/",
    "foot cramp": "first-aid/",
    "thigh cramp": "first-aid/",
    "stretches": "stretches/",
    "calf stretch": "stretches/standing-calf-wall/",
    # Is it something worse?
    "when to see a doctor": "get-help/",
    "blood clot": "get-help/",
    "is it a blood clot": "get-help/",
    "dvt": "get-help/",
    "restless legs": "cramps-or-restless-legs/",
    "restless leg syndrom": "cramps-or-restless-legs/",  # misspelt
    # Remedies, by the names people use.
    "magnesium": "remedies/magnesium/",
    "magnesium citrate": "remedies/magnesium/",
    "tonic water": "remedies/tonic-water/",
    "tonic watter": "remedies/tonic-water/",  # misspelt
    "quinine": "remedies/quinine/",
    "quinin": "remedies/quinine/",  # misspelt
    "qualaquin": "remedies/quinine/",  # brand name
    "epsom salt": "remedies/epsom-salt-bath/",
    "epson salt": "remedies/epsom-salt-bath/",  # misspelt
    "bananas": "remedies/potassium-bananas/",
    "pickle juice": "remedies/pickle-juice/",
    "pickel juice": "remedies/pickle-juice/",  # misspelt
    "soap under the sheets": "remedies/soap-under-sheets/",
    "vitamin e": "remedies/vitamin-e/",
    "heating pad": "remedies/heat/",
    "ice pack": "remedies/heat/",
    "massage": "remedies/massage/",
    "drink more water": "remedies/drinking-water/",
    "valium": "remedies/benzodiazepines/",
    "gabapentin": "remedies/gabapentin/",
    "vitamin k2 warfarin": "warnings/vitamin-k2-anticoagulants/",
    # Causes, and medicines that can cause cramps.
    "what causes night cramps": "causes/",
    "pregnant": "causes/pregnancy/",
    "leg cramps in pregnancy": "causes/pregnancy/",
    "dehydration": "causes/dehydration/",
    "alcohol": "causes/alcohol/",
    "diabetes": "causes/diabetes/",
    "kidney dialysis": "causes/kidney-disease-dialysis/",
    "nerve damage": "causes/peripheral-neuropathy/",
    "elderly": "causes/older-age/",
    "statin": "medicines/statins/",
    "atorvastatin": "medicines/statins/",
    "water pills": "medicines/loop-diuretics/",
    "furosemide": "medicines/loop-diuretics/",
    "inhaler": "medicines/short-acting-beta2-agonists/",
    "salbutamol": "medicines/short-acting-beta2-agonists/",
    # The rest of the site.
    "myths": "myths/",
    "night card": "night-card/",
}


@pytest.fixture(scope="module")
def search_page(browser: Browser, site_url: str) -> Iterator[Page]:
    """One page with the search box open, shared by every query (the index loads once)."""
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(site_url, wait_until="load")
    open_search(page)
    yield page
    context.close()


def test_the_query_table_is_big_enough() -> None:
    assert len(QUERIES) >= 30


@pytest.mark.parametrize(("query", "expected"), QUERIES.items(), ids=list(QUERIES))
def test_query_finds_its_page_in_the_top_three(
    search_page: Page, query: str, expected: str
) -> None:
    results = search(search_page, query)
    problems = search_problems(query, expected, results)
    assert not problems, problems[0]


def test_expected_pages_exist(pages: list[str]) -> None:
    missing = sorted({page for page in QUERIES.values() if page not in pages})
    assert not missing, f"the query table expects pages the site does not have: {missing}"
