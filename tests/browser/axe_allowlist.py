"""axe-core findings we accept, each with the reason.

Only findings inside Material for MkDocs itself that our overrides cannot fix belong here:
anything in our own pages, CSS or templates is fixed instead. Each entry names the axe rule
and a regular expression for the node's CSS selector as axe reports it; the accessibility
test fails if an entry no longer matches anything, so the list cannot go stale.
"""

from __future__ import annotations

from .checkers import Allowed

ALLOWLIST: tuple[Allowed, ...] = ()
