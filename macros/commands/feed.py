"""The Atom feed of the site's history (site/changes.xml) and its JSON twin in the API.

Written by the export step beside the JSON API, so any builder's site gets it. Dates come from
the history entries themselves, never from the clock, so two builds of one commit give the
same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ..dataset import Dataset
from ..dataset.history import HistoryEntry, history
from ..render.changes import CHANGES_PAGE, FEED_FILE
from ..render.links import record_target, src_to_url

ATOM = "http://www.w3.org/2005/Atom"
_SITE_URL = re.compile(r"^site_url:\s*['\"]?([^'\"\s#]+)", re.MULTILINE)


def site_url(root: Path) -> str:
    """The site's address from mkdocs.yml, ending in '/' (the feed needs absolute links).

    Read as one plain line: mkdocs.yml carries `!!python/name` tags that a safe YAML reader
    refuses, and only this one setting is needed.
    """
    found = _SITE_URL.search((root / "mkdocs.yml").read_text(encoding="utf-8"))
    return (found.group(1).rstrip("/") + "/") if found else "/"


def entry_page(entry: HistoryEntry) -> str:
    """The site-relative URL of the page (and anchor) that shows the changed record."""
    src, anchor = record_target(entry.collection, entry.record_id)
    return src_to_url(src) + (f"#{anchor}" if anchor else "")


def _stamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def atom_feed(dataset: Dataset, base_url: str) -> bytes:
    """The history as an Atom 1.0 document; every text is escaped by the XML writer."""
    ET.register_namespace("", ATOM)
    entries = history(dataset)

    def add(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    page = base_url + src_to_url(CHANGES_PAGE)
    add(feed, "title", "Night Cramps: what changed and why")
    add(feed, "id", page)
    add(feed, "link", rel="self", href=base_url + FEED_FILE)
    add(feed, "link", rel="alternate", href=page)
    newest = entries[0].date if entries else dt.date(2026, 1, 1)
    add(feed, "updated", _stamp(newest))
    author = add(feed, "author")
    add(author, "name", "Night Cramps contributors")
    for entry in entries:
        item = add(feed, "entry")
        add(item, "title", f"{entry.record_name}: {entry.what}")
        add(item, "id", f"{page}#change-{entry.key}")
        add(item, "link", rel="alternate", href=base_url + entry_page(entry))
        add(item, "updated", _stamp(entry.date))
        add(item, "summary", entry.why)
    ET.indent(feed)
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def changes_json(dataset: Dataset) -> dict[str, Any]:
    """The history for the JSON API: one object per entry, newest first."""
    return {
        "changes": [
            {
                "date": entry.date.isoformat(),
                "collection": entry.collection,
                "id": entry.record_id,
                "name": entry.record_name,
                "what": entry.what,
                "why": entry.why,
                "sources": list(entry.sources),
                "page": entry_page(entry),
            }
            for entry in history(dataset)
        ]
    }


def write_feed(root: Path, site: Path, dataset: Dataset) -> None:
    """Write site/changes.xml."""
    (site / FEED_FILE).write_bytes(atom_feed(dataset, site_url(root)))
