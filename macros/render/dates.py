"""Dates as readers write them. Its own module so every renderer can use it, blocks.py and
citations.py (which blocks.py builds on) alike, without an import circle."""

from __future__ import annotations

import datetime as dt


def long_date(date: dt.date) -> str:
    """A date as people write it: 21 November 2026."""
    return f"{date.day} {date:%B %Y}"
