"""Repository tests: the workflows, the CI scripts, the committed schemas, the contributor
documents, lint (ruff) and types (mypy)."""
