# The two commands: `make demo` and `make test`. Both set up .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo-data/accords-demo.sqlite
DEMO_HOST ?= 127.0.0.1
DEMO_PORT ?= 8000

.PHONY: install demo test lint quality bench clean

$(BIN)/accords-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,batch]'
	touch $@

install: $(BIN)/accords-installed

demo: install
	rm -f $(DEMO_DB)
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/accords demo --db sqlite:///$(DEMO_DB)
	$(BIN)/accords consolidate --db sqlite:///$(DEMO_DB)
	@echo "Curators: $(BIN)/accords users add NAME --db sqlite:///$(DEMO_DB)"
	$(BIN)/accords serve --db sqlite:///$(DEMO_DB) --host $(DEMO_HOST) --port $(DEMO_PORT)

lint: install
	$(BIN)/ruff check src tests bench

test: install lint
	$(BIN)/pytest

quality: install
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/probes.py
	$(BIN)/python bench/probes.py --corpus bench/probes2
	$(BIN)/python bench/probes.py --corpus bench/probes3
	$(BIN)/python bench/probes.py --corpus bench/probes4
	$(BIN)/python bench/probes.py --corpus bench/probes5
	$(BIN)/python bench/probes.py --corpus bench/probes6
	$(BIN)/python bench/probes.py --corpus bench/probes7
	$(BIN)/python bench/probes.py --corpus bench/probes8
	$(BIN)/python bench/probes.py --corpus bench/probes9
	$(BIN)/python bench/probes.py --corpus bench/probes10

clean:
	rm -rf $(VENV) demo-data .pytest_cache .ruff_cache
