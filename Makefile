# Two commands matter: `make serve` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: serve test build editor chromium eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/claimgraph build

serve: build editor
	$(BIN)/claimgraph serve

# The SPARQL editor (YASGUI, pinned in package-lock.json), copied beside the pages' style sheet with its licences,
# so that the service serves it from its own origin and a wheel built afterwards carries it.
YASGUI := node_modules/@triply/yasgui
EDITOR := api/static/yasgui.min.js

$(EDITOR): package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	cp $(YASGUI)/build/yasgui.min.js $(YASGUI)/build/yasgui.min.css $(YASGUI)/build/yasgui.min.js.LICENSE.txt api/static/
	cp $(YASGUI)/LICENSE.txt api/static/yasgui-LICENSE.txt

editor: $(EDITOR)

# Browser tests drive Debian's Chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) chromium editor
	$(BIN)/python -m pytest -q

# Score extraction against the labelled articles and the bundled claim set: a table per article and overall.
eval: $(STAMP)
	$(BIN)/claimgraph eval

clean:
	rm -rf $(VENV) var build *.egg-info

# The benchmark (not part of `make test`): the bench extra on top of the test environment, then
# docs/benchmarks.md, .json and .png. Sizes and repeats: BENCH_SIZES=10000,100000 BENCH_REPEAT=3 (see bench/run.py).
BENCH_STAMP := $(VENV)/.bench-stamp

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

# Only the views' timing drives Chromium: a run that measures no corpus (BENCH_SIZES= , the endpoint's
# overhead alone) does without it.
BENCH_BROWSER := $(if $(and $(filter environment command line,$(origin BENCH_SIZES)),$(if $(strip $(BENCH_SIZES)),,none)),,chromium)

bench: $(BENCH_STAMP) $(BENCH_BROWSER)
	$(BIN)/python -m bench.run
