# The two commands: `make demo` and `make test`. Both set up .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo-data/accords-demo.sqlite

.PHONY: install demo test lint quality bench clean

$(BIN)/accords-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/accords-installed

demo: install
	rm -f $(DEMO_DB)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/accords demo --db sqlite:///$(DEMO_DB)

lint: install
	$(BIN)/ruff check src tests bench

test: install lint
	$(BIN)/pytest

quality: install
	$(BIN)/python bench/quality.py

clean:
	rm -rf $(VENV) demo-data .pytest_cache .ruff_cache
