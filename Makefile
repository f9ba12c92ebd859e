# Two commands on a fresh machine: `make install`, then `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install test lint evaluate bench

install:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install -e ".[test]"

test: lint
	$(BIN)/python -m pytest -q tests

lint:
	$(BIN)/ruff check src tests benchmarks

evaluate:
	$(BIN)/zitat evaluate ../shared/data/wikinews-quotes/dev

bench:
	$(BIN)/python benchmarks/throughput.py ../shared/data/wikinews-quotes/dev
