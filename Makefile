# The commands people type. `make serve` and `make test` set everything up on a fresh machine:
# a virtual environment installed from the hash-pinned lock file (and, for tests, Chromium).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export NO_MKDOCS_2_WARNING := 1
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.package-lock.json

.PHONY: help serve test build validate schemas new diff bench browser lock clean \
	zensical-serve zensical-build

help:
	@echo "make serve      build and serve the site on http://127.0.0.1:8000 with live reload"
	@echo "make test       run every test (unit, data, built site, browser)"
	@echo "make validate   check every file in data/ and report problems with file and line"
	@echo "make build      strict build of the site plus the JSON API into site/"
	@echo "make schemas    regenerate the JSON Schemas in schemas/ from the models"
	@echo "make new KIND=remedy ID=my-remedy   scaffold a record and its page"
	@echo "make diff BASE=origin/main          summarise data changes since BASE"
	@echo "make bench      measure build speed, scale and page weight"
	@echo "make zensical-serve / zensical-build   the same with Zensical (see README)"

$(STAMP): requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@touch $(STAMP)

$(NODE_STAMP): package-lock.json
	@sh scripts/ensure-node.sh
	npm ci --no-audit --no-fund --loglevel=error

serve: $(STAMP)
	$(PY) -m macros validate
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

# Zensical, Material for MkDocs' successor, builds the same mkdocs.yml (version pinned in the lock).
zensical-serve: $(STAMP)
	$(PY) -m macros validate
	$(BIN)/zensical serve --dev-addr 127.0.0.1:8000

zensical-build: $(STAMP)
	$(PY) -m macros validate
	$(BIN)/zensical build --strict
	$(PY) -m macros finish --site site

validate: $(STAMP)
	$(PY) -m macros validate

schemas: $(STAMP)
	$(PY) -m macros schemas

build: $(STAMP)
	$(PY) -m macros build

browser:
	@sh scripts/ensure-chromium.sh

test: $(STAMP) $(NODE_STAMP) browser
	$(PY) -m pytest

new: $(STAMP)
	@if [ -z "$(KIND)" ] || [ -z "$(ID)" ]; then \
		echo "usage: make new KIND=remedy ID=cherry-juice"; exit 2; fi
	@$(PY) -m macros new $(KIND) $(ID)

diff: $(STAMP)
	@$(PY) -m macros diff $(or $(BASE),origin/main)

bench: $(STAMP)
	$(PY) -m bench

# Maintainers only: re-pin dependencies after editing pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11.5 \
		--no-header -o requirements.lock

clean:
	rm -rf site .pytest_cache
