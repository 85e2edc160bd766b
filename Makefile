# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sample.db
PORT ?= 8000
# the dashboard's front-end libraries, built from web/package.json into the package
VENDOR := src/watchfloor/web/static/vendor

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed $(VENDOR)/.built

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# npm reaches its registry here only; the pages load every file from the server itself
$(VENDOR)/.built: web/package.json web/package-lock.json web/build.mjs
	cd web && npm ci --ignore-scripts --no-audit --no-fund && npm run build
	rm -rf $(VENDOR)
	mkdir -p $(VENDOR)
	cp -R web/dist/. $(VENDOR)/
	touch $@

demo: setup
	$(BIN)/watchfloor --db $(DB) ingest samples/corpus
	$(BIN)/watchfloor --db $(DB) summary
	$(BIN)/watchfloor --db $(DB) events --type attack --certainty reported --limit 15
	@echo "Dashboard and API (docs at /docs) on the address below; Ctrl-C stops."
	$(BIN)/watchfloor --db $(DB) serve --port $(PORT)

test: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm web/node_modules web/dist $(VENDOR)
