"""What changed and why: each record's `changes` list on its page, on the site-wide page, in
the Atom feed and in the JSON API; and `make diff --check` holding back a grade that moved
without an entry saying why."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from macros.commands.datadiff import main as diff_main
from macros.commands.feed import ATOM, atom_feed, changes_json
from macros.dataset import Dataset
from macros.dataset.history import history
from macros.models import Remedy

from tests.helpers.gitrepo import REMEDY, commit, git, write

HOSTILE = '<img src=x onerror=alert(1)> & "quotes"'


def with_change(dataset: Dataset, what: str, date: dt.date) -> Dataset:
    """The real dataset with one remedy given an extra history entry."""
    remedies = list(dataset.all("remedies"))
    first = remedies[0]
    entry = {"date": date, "what": what, "why": "Because the review says so.", "sources": []}
    data = first.model_dump()
    data["changes"] = [entry, *data["changes"]]
    remedies[0] = Remedy.model_validate(data)
    return Dataset({**dataset.collections, "remedies": tuple(remedies)})


def test_history_is_newest_first_and_names_its_record(site_data: Dataset) -> None:
    dataset = with_change(site_data, "A newer change.", dt.date(2030, 1, 2))
    entries = history(dataset)
    assert entries[0].what == "A newer change."
    assert entries[0].record_name == dataset.all("remedies")[0].name
    assert [e.date for e in entries] == sorted((e.date for e in entries), reverse=True)


def test_every_change_in_the_data_is_on_the_changes_page(site_data: Dataset, site_page) -> None:
    page = site_page("changes/")
    items = page.select("ol.nc-changes li")
    assert len(items) == len(history(site_data)) > 0
    first = history(site_data)[0]
    assert first.what in items[0].get_text(" ")
    link = items[0].find("a")
    assert link is not None and link["href"].startswith("../")


def test_a_record_page_shows_its_own_history(site_page) -> None:
    page = site_page("remedies/horse-chestnut/")
    heading = page.find(id="what-changed")
    assert heading is not None, "the record page has a 'What changed' section"
    listed = heading.find_next("ol", class_="nc-changes")
    assert "Safety level raised from warning to danger." in listed.get_text(" ")


def test_feed_is_atom_with_one_entry_per_change_and_escapes_text(site_data: Dataset) -> None:
    dataset = with_change(site_data, HOSTILE, dt.date(2030, 1, 2))
    xml = atom_feed(dataset, "https://example.org/")
    assert b"<img" not in xml, "data text never becomes markup in the feed"
    root = ET.fromstring(xml)
    entries = root.findall(f"{{{ATOM}}}entry")
    assert len(entries) == len(history(dataset))
    assert entries[0].findtext(f"{{{ATOM}}}title").endswith(HOSTILE)
    assert root.findtext(f"{{{ATOM}}}updated") == "2030-01-02T00:00:00Z"
    link = entries[0].find(f"{{{ATOM}}}link").get("href")
    assert link.startswith("https://example.org/remedies/")


def test_feed_is_the_same_bytes_for_the_same_data(site_data: Dataset) -> None:
    assert atom_feed(site_data, "https://example.org/") == atom_feed(
        site_data, "https://example.org/"
    )


def test_api_lists_every_change_with_the_page_that_shows_it(site_data: Dataset) -> None:
    listed = changes_json(site_data)["changes"]
    assert len(listed) == len(history(site_data))
    assert {"date", "collection", "id", "name", "what", "why", "sources", "page"} <= set(listed[0])
    assert listed[0]["page"].endswith("/") or "#" in listed[0]["page"]


def test_a_moved_grade_without_an_entry_fails_the_check(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo, "data/remedies/stretching.yaml",
          REMEDY.format(id="stretching", name="Stretching", verdict="may-help"))  # fmt: skip
    assert diff_main(repo, "main", None, check=True) == 1
    captured = capsys.readouterr()
    assert (
        "data/remedies/stretching.yaml:9:1: this change moves the verdict from unclear to "
        "may-help, but the record's changes: list has no new entry" in captured.err
    )
    assert "Grades that moved without a history entry" in captured.out


def test_a_moved_grade_with_an_entry_passes_the_check(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = REMEDY.format(id="stretching", name="Stretching", verdict="may-help") + (
        "changes:\n  - date: 2026-01-02\n    what: Verdict raised to may help.\n"
        "    why: A new trial found a small benefit.\n"
    )
    write(repo, "data/remedies/stretching.yaml", text)
    assert diff_main(repo, "main", None, check=True) == 0
    commit(repo, "with its history")
    assert git(repo, "log", "--oneline").count("\n") == 1
    assert diff_main(repo, "main~1", "main", check=True) == 0
