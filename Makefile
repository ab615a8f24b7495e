# Two commands do all the set-up on a fresh machine (Debian, Python 3.11):
#   make examples   – build the example documents into output/
#   make test       – run the tests and the linter
# They need make, python3 (3.11 or later) with its venv module (Debian: python3-venv) and access to PyPI;
# the first recipe says, in Swedish, which of these is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: examples test lint benchmark clean

$(STAMP): setup.py constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { \
	  echo "fel: $(PYTHON) saknas; plangen behöver Python 3.11 eller senare (Debian: sudo apt-get install python3 python3-venv)" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "fel: $(PYTHON) är Python $$($(PYTHON) -c 'import platform; print(platform.python_version())'); plangen behöver 3.11 eller senare (ange en annan med make PYTHON=python3.11)" >&2; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "fel: modulen venv (med ensurepip) saknas för $(PYTHON); installera den: sudo apt-get install python3-venv" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

examples: $(STAMP)
	$(BIN)/plangen build

test: $(STAMP)
	$(BIN)/ruff check generator tests tools benchmarks
	$(BIN)/python -m pytest -q -rs tests

benchmark: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf output $(VENV) *.egg-info build
