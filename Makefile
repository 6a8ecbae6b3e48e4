# The two commands of the README (serve, test) create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt
# pytest-xdist workers for `make test`; `make bench` measures whether they pay off.
WORKERS ?= 2
# One pytest process per Keras backend (it is fixed at import). The tensorflow run also runs
# the site, errata, output and tooling tests; the others verify the snippets. PyTorch is an
# optional group (`pip install --group torch`); without it its run skips, saying so.
BACKENDS ?= torch jax tensorflow

.PHONY: serve test build bench lock outputs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "pip==26.3"

$(VENV)/.site-installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) --group site
	touch $@

$(VENV)/.test-installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) --group test
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
	@for backend in $(BACKENDS); do \
	  if [ "$$backend" = tensorflow ]; then paths=--ignore=tests/test_lighthouse.py; \
	  else paths=snippets; fi; \
	  echo "=== Keras backend: $$backend ==="; \
	  KERAS_BACKEND=$$backend $(BIN)/python -m pytest -n $(WORKERS) --dist loadfile $$paths \
	    || exit 1; \
	done
ifneq ($(filter tensorflow,$(BACKENDS)),)
	@echo "=== Lighthouse, one page at a time: its scores suffer from a busy CPU ==="
	$(BIN)/python -m pytest -p no:xdist tests/test_lighthouse.py
endif

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict --site-dir site

bench: $(VENV)/.test-installed
	$(BIN)/python -m tools.bench

# Rewrite constraints.txt from the current .venv after changing a pin in pyproject.toml.
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^pip==' > constraints.txt

# Regenerate what the pages show under the snippets; SNIPPET=snippets/NN_x/NN_y.py for one.
# The backends named on each page are those whose test run verified all of its snippets.
outputs: $(VENV)/.test-installed
	@for backend in $(BACKENDS); do \
	  echo "=== Verifying on $$backend ==="; \
	  KERAS_BACKEND=$$backend $(BIN)/python -m pytest -q -n $(WORKERS) --dist loadfile \
	    --record-verified $(or $(SNIPPET),snippets) || exit 1; \
	done
	@echo "=== Outputs and plots (tensorflow) ==="
	$(BIN)/python -m tools.outputs $(SNIPPET)
	@echo "=== Executed notebooks ==="
	$(BIN)/python -m tools.notebooks $(SNIPPET)
