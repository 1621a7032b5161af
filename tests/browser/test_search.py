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

Headings matter: the theme weighs a match in a page title a thousand times a match in the
text, so a lay name that only appears in an "Also called" line lost to any page whose title
shares one of its words ("charley horse" against "Horse chestnut"). So every record's aliases
and `search_terms` (everyday phrases, variants, misspellings) go into the index's tags field,
weighed above titles (the macros put them there: macros/builder/search_words.py); a page without
records lists `search_terms:` in its front matter. A failing query is fixed there, in the
data, not here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .checkers import search_problems
from .chromium import DESKTOP, PHONE
from .site import RESULT_LINKS, open_search, search, wait_for_search

pytestmark = pytest.mark.browser

# query -> the page that must be among the first 3 results ("" is the home page).
QUERIES: dict[str, str] = {
    # What is happening to me, and what do I do now?
    "charley horse": "first-aid/",
    "charlie horse": "first-aid/",  # spelling variant; once led to horse chestnut
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
    # Everyday words (issue 14): the words readers type, spelling variants and misspellings.
    # Each is found through the data (aliases and search terms), never a per-query patch.
    "hot water bottle": "remedies/heat/",  # once led to tonic water and water tablets
    "leg cramps at night pregnant": "causes/pregnancy/",
    "cramp that won't go away": "get-help/",  # the 10-minute rule, not the causes index
    "foot cramp at night": "first-aid/",
    "yellow mustard": "remedies/",  # no page of its own yet: the remedies overview
    "when should i see a doctor": "get-help/",
    "leg cramp": "first-aid/",
    "leg cramps at night": "first-aid/",
    "nocturnal leg cramps": "first-aid/",
    "muscle spasm": "first-aid/",
    "leg spasm at night": "first-aid/",
    "how to stop a leg cramp": "first-aid/",
    "cramp in calf": "first-aid/",
    "toe cramp": "first-aid/",
    "cramp in foot": "first-aid/",
    "magnesium for leg cramps": "remedies/magnesium/",
    "magnesium glycinate": "remedies/magnesium/",
    "magnisium": "remedies/magnesium/",  # misspelt
    "quinine for leg cramps": "remedies/quinine/",
    "quinnine": "remedies/quinine/",  # misspelt
    "does tonic water help leg cramps": "remedies/tonic-water/",
    "gin and tonic": "remedies/tonic-water/",
    "banana for cramps": "remedies/potassium-bananas/",
    "potasium": "remedies/potassium-bananas/",  # misspelt
    "diazapam": "remedies/benzodiazepines/",  # misspelt
    "epsom salts": "remedies/epsom-salt-bath/",
    "bar of soap in bed": "remedies/soap-under-sheets/",
    "hot bath": "remedies/heat/",
    "heat pad": "remedies/heat/",
    "rubbing leg": "remedies/massage/",
    "magnesium spray": "remedies/magnesium-oil/",
    "pregnent": "causes/pregnancy/",  # misspelt
    "cramps when pregnant": "causes/pregnancy/",
    "leg cramps in elderly": "causes/older-age/",
    "dehydrated": "causes/dehydration/",
    "diabetic": "causes/diabetes/",
    "what causes leg cramps": "causes/",
    "statins and leg cramps": "medicines/statins/",
    "medicines that cause leg cramps": "causes/medicines/",
    "swollen leg": "get-help/",
    "red hot swollen calf": "get-help/",
    "calf pain": "get-help/",
    "restless legs or cramps": "cramps-or-restless-legs/",
    "stretches for leg cramps": "remedies/bedtime-stretching/",
    "printable": "night-card/",
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
    assert len(QUERIES) >= 90


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


# --- the index loads when the reader reaches for search ------------------------------------

INDEX_FILES = ("search/search_index.json", "search.json")  # MkDocs, Zensical


def index_requests(page: Page) -> list[str]:
    """Every request for the search index this page makes from now on (a live list)."""
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url) if r.url.endswith(INDEX_FILES) else None)
    return seen


def test_a_page_opens_without_the_search_index(browser: Browser, site_url: str) -> None:
    """The index (about 90 KB gzip) is not fetched with a page nor when moving between pages:
    most readers never search, and parsing it slowed every page on a phone."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    seen = index_requests(page)
    page.goto(site_url, wait_until="networkidle")
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url("**/first-aid/")
    page.wait_for_load_state("networkidle")
    context.close()
    assert seen == []


def test_tapping_search_on_a_phone_loads_the_index_and_finds(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(viewport=PHONE, has_touch=True)
    context.set_default_timeout(10_000)
    page = context.new_page()
    seen = index_requests(page)
    page.goto(site_url + "remedies/", wait_until="networkidle")
    page.locator("label.md-header__button[for='__search']").tap()
    wait_for_search(page)
    results = search(page, "quinine")
    context.close()
    assert len(seen) == 1
    assert not search_problems("quinine", "remedies/quinine/", results)


def test_a_search_link_still_opens_with_its_results(browser: Browser, site_url: str) -> None:
    """A link with ?q= (the theme's "share" link) opens search at once, with no tap."""
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(site_url + "?q=magnesium", wait_until="load")
    page.wait_for_function("(sel) => document.querySelector(sel)", arg=RESULT_LINKS)
    links = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")
    context.close()
    assert not search_problems("magnesium", "remedies/magnesium/", links)
