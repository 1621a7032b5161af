"""The builder wiring: mkdocs-macros' macros, the adapter that reads each builder's page and project, the per-process dataset cache and the search hook."""
