"""`make bench`: measure build speed, scale and page weight, and check them against budgets.

Figures come from real builds of throwaway project copies (the real site, and synthetic
copies with 10x and 100x the records), never from timed unit tests: unit tests run on busy
CI machines where timings mean nothing, while a benchmark reports medians of several runs
made in one sitting on one machine, so its ratios are comparable.

Modules, one concern each:

- `project`    copy the site's sources; derive configs (without macros, with a hook)
- `synthetic`  write a valid project with N times the records and their page stubs
- `probe`      time the data layer alone in a fresh interpreter (run as a subprocess)
- `measure`    time one subprocess and read its peak memory
- `prerender`  capture each page's rendered Markdown and build a macro-free twin project
- `serve`      time a rebuild under `mkdocs serve` after one data file changes
- `weight`     page weight of a built site (also used by tests/site/test_page_weight.py)
- `report`     the printed table and the PASS/FAIL lines
"""
