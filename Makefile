# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sample.db

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: setup
	$(BIN)/watchfloor --db $(DB) ingest samples/corpus
	$(BIN)/watchfloor --db $(DB) summary
	$(BIN)/watchfloor --db $(DB) events --type attack --certainty reported --limit 15

test: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
