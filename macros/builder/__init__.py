"""The builder wiring: what MkDocs and Zensical call.

env.py registers the macros, adapter.py is the one place that reads each builder's page and
project, dataset_cache.py builds the dataset once per process, search_words.py takes the
search words out of the macros' output for the adapter to put in the page's search tags.
"""
