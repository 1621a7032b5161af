"""The builder wiring: what MkDocs and Zensical call.

env.py registers the macros, adapter.py is the one place that reads each builder's page and
project, dataset_cache.py builds the dataset once per process, search_hook.py is MkDocs' hook.
"""
