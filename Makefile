# The two commands of the README (serve, test) create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt
# pytest-xdist workers for `make test`; `make bench` measures whether they pay off.
WORKERS ?= 2
PYTEST := $(BIN)/python -m pytest -n $(WORKERS) --dist loadfile
# SHARD=k/n runs the k-th of n parts of each backend's snippets (pytest-split, balanced by the
# durations in .test_durations, `make durations`); the tests beyond the snippets run with shard 1.
# The CI matrix uses it once the suite grows (see the README).
ifdef SHARD
SPLIT := --splits $(lastword $(subst /, ,$(SHARD))) --group $(firstword $(subst /, ,$(SHARD)))
FIRST_SHARD := $(filter 1,$(firstword $(subst /, ,$(SHARD))))
endif
# One pytest process per Keras backend (it is fixed at import); the list is verify/backends.py.
# The primary backend's run also runs every test under tests/; the others verify the snippets.
# PyTorch is an optional group (`pip install --group torch`); without it its run skips, saying so.
BACKENDS ?= $(shell $(PYTHON) -m verify.backends)
PRIMARY := $(shell $(PYTHON) -m verify.backends --primary)
# `make test` builds the site once, here, for the site, browser and Lighthouse tests.
TEST_SITE := .cache/test-site

.PHONY: serve test robust audit build bench lock outputs reader durations compat latest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==26.3"

$(VENV)/.site-installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) --group site --editable .
	touch $@

$(VENV)/.test-installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) --group test --editable .
	touch $@ $(VENV)/.site-installed

# The browser tests drive Debian's Chromium (Playwright's own download cannot work here) and
# Lighthouse from npm, pinned in package-lock.json. CHROMIUM may name another Chromium build.
export CHROMIUM ?= /usr/bin/chromium

/usr/bin/chromium:
	$$(command -v sudo) apt-get update -qq
	$$(command -v sudo) apt-get install -y -qq chromium

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --silent

serve: $(VENV)/.site-installed
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(VENV)/.test-installed $(CHROMIUM) node_modules/.package-lock.json
	@for backend in $(filter-out $(PRIMARY),$(BACKENDS)); do \
	  echo "=== Keras backend: $$backend: the snippets ==="; \
	  KERAS_BACKEND=$$backend $(PYTEST) $(SPLIT) snippets || exit 1; \
	done
ifneq ($(filter $(PRIMARY),$(BACKENDS)),)
	@echo "=== The strict build of the site, once for every test of it ==="
	$(BIN)/python -m verify.site $(TEST_SITE)
ifdef SHARD
	@echo "=== Keras backend: $(PRIMARY): the snippets, shard $(SHARD) ==="
	KERAS_BACKEND=$(PRIMARY) $(PYTEST) $(SPLIT) snippets
	$(if $(FIRST_SHARD),KERAS_BACKEND=$(PRIMARY) $(PYTEST) -m "not lighthouse" --site $(TEST_SITE) tests docs)
else
	@echo "=== Keras backend: $(PRIMARY): the snippets and the tests (browser: a page per template) ==="
	KERAS_BACKEND=$(PRIMARY) $(PYTEST) -m "not lighthouse" --site $(TEST_SITE)
endif
endif

# Every snippet on each backend under kernel caps that emulate older x86-64 processors
# (tools/robust.py; the caps are in verify/backends.py), compared with the committed outputs.
robust: $(VENV)/.test-installed
	BACKENDS="$(BACKENDS)" $(BIN)/python -m tools.robust $(SNIPPET)

# What `make test` samples, on every page: the browser tests, then Lighthouse one page at a time.
audit: $(VENV)/.test-installed $(CHROMIUM) node_modules/.package-lock.json
	@echo "=== The strict build of the site ==="
	$(BIN)/python -m verify.site $(TEST_SITE)
	@echo "=== Browser tests on every page ==="
	$(PYTEST) -m browser --all-pages --site $(TEST_SITE) tests
	@echo "=== Lighthouse on every page, one at a time: its scores suffer from a busy CPU ==="
	$(BIN)/python -m pytest -p no:xdist -m lighthouse --all-pages --site $(TEST_SITE) tests

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict --site-dir site

bench: $(VENV)/.test-installed
	$(BIN)/python -m tools.bench

# Run every snippet as a reader would (a fresh `python file.py` each) and compare what it
# prints with what its page shows, on each backend; SNIPPET=... for one.
reader: $(VENV)/.test-installed
	BACKENDS="$(BACKENDS)" $(BIN)/python -m tools.reader $(SNIPPET)

# Verify every snippet, with its checks, on older Keras releases (tools/compat.py), each in its
# cached .venv-compat/<release>/, and rewrite outputs/compat.json and what the pages say from it.
# RELEASE=keras-3.9.2-tensorflow for one release; SNIPPET=... for some snippets. Not in `make test`.
compat: $(VENV)/.test-installed
	$(BIN)/python -m tools.compat $(addprefix --release ,$(RELEASE)) $(SNIPPET)

# The snippets on the newest Keras, TensorFlow and JAX, ignoring constraints.txt (tools/latest.py):
# what broke and what prints something else, in .cache/latest/report.md; exits 1 if anything did.
latest: $(VENV)/.test-installed
	$(BIN)/python -m tools.latest

# Rewrite .test_durations, which SHARD uses to balance the shards.
durations: $(VENV)/.test-installed
	KERAS_BACKEND=$(PRIMARY) $(BIN)/python -m pytest -q -p no:xdist --store-durations snippets

# Rewrite constraints.txt from the current .venv after changing a pin in pyproject.toml.
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^pip==' > constraints.txt

# Measure what the pages show under the snippets (outputs, records, plots, notebooks; the build
# renders the rest from them); SNIPPET=snippets/NN_x/NN_y.py for one.
# Each backend's run rewrites an output only where it differs beyond float noise. The backends
# named on each page are those whose test run verified all of its snippets.
outputs: $(VENV)/.test-installed
	@for backend in $(BACKENDS); do \
	  echo "=== Verifying on $$backend, writing what each snippet printed ==="; \
	  KERAS_BACKEND=$$backend $(PYTEST) -q --record-verified --update-outputs \
	    $(or $(SNIPPET),snippets) || exit 1; \
	done
	@echo "=== Plots ($(PRIMARY)) ==="
	$(BIN)/python -m tools.outputs $(SNIPPET)
	@echo "=== Executed notebooks ==="
	$(BIN)/python -m tools.notebooks $(SNIPPET)
