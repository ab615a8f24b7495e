# Two commands do all the set-up on a fresh machine (Debian, Python 3.11):
#   make examples   – build the example documents into output/
#   make test       – run the tests and the linter
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: examples test lint benchmark clean

$(STAMP): setup.py constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

examples: $(STAMP)
	$(BIN)/plangen build

test: $(STAMP)
	$(BIN)/ruff check generator tests tools benchmarks
	$(BIN)/python -m pytest -q tests

benchmark: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf output $(VENV) *.egg-info
