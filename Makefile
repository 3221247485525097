# The two commands of the README: `make demo` and `make test`. Each creates .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install browser demo test lint eval bench clean

install: $(VENV)/.installed

# torch first, pinned to the CPU wheel: an unpinned torch pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

demo: install
	$(BIN)/whynow demo

# The HTML brief is checked in headless Chromium, Debian's package.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends chromium; }

test: install browser
	$(BIN)/ruff check .
	WHYNOW_REQUIRE_BROWSER=1 $(BIN)/python -m pytest -q

# Detection quality on the labelled dev set (skipped with a message when it is absent).
eval: install
	$(BIN)/python scripts/evaluate.py

# Throughput and peak memory on the real corpus in ../shared/data (printed, not asserted);
# one process each, so each peak is its own.
bench: install
	$(BIN)/python scripts/bench.py --only detect
	$(BIN)/python scripts/bench.py --only fingerprint
	$(BIN)/python scripts/bench.py --only jobs

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) whynow.duckdb demo-out
