"""Sources for the small datasets that prove each evidence rule (tests/unit/test_checks.py,
and tests/content/test_content_rules.py, which adds a few): one trial, one web page for
the public and one regulator notice.
"""

from __future__ import annotations

SOURCES = """\
- id: trial
  kind: rct
  title: A trial
  authors: [Smith J]
  year: 2020
  publisher: A journal
  url: https://example.org/trial
  checked: {against: abstract, date: 2020-01-01}
- id: blog
  kind: consumer
  title: A web page
  year: 2020
  publisher: A website
  url: https://example.org/page
  checked: {against: abstract, date: 2020-01-01}
- id: fda
  kind: regulator
  title: A regulator notice
  year: 2010
  publisher: FDA
  url: https://example.org/fda
  checked: {against: abstract, date: 2020-01-01}
"""
