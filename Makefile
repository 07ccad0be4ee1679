# newsdesk: set-up, demo, tests and benchmarks. Needs only python3 (>= 3.11).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install demo test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,embed]'
	touch $@

demo: install
	rm -rf out/demo
	$(VENV)/bin/newsdesk run sample --out out/demo
	$(VENV)/bin/newsdesk events --db out/demo/newsdesk.db

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) -m pip install --quiet -e '.[test,bench,embed]'
	$(PY) bench/run.py

clean:
	rm -rf out build *.egg-info src/*.egg-info .pytest_cache
