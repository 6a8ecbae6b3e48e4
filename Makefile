# A table of contents: each target is one line into a command of the project (tools/) or of a
# tool it pins. The README's two commands (serve, test) create .venv and install what they need.
# Variables given to make (BACKENDS, SHARD, WORKERS, SNIPPET, RELEASE) reach the commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# uv, pinned, from PyPI, in a virtual environment of its own: it installs the locked set
# (uv.lock) of a dependency group into $(VENV), with the project itself editable.
UV_VERSION := 0.13.9
UV := .cache/uv-$(UV_VERSION)/bin/uv
SYNC := UV_PROJECT_ENVIRONMENT=$(VENV) UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --quiet \
	--python $(PYTHON)
# The browser tests drive Debian's Chromium (Playwright's own download cannot work here) and
# Lighthouse from npm, pinned in package-lock.json. CHROMIUM may name another Chromium build.
export CHROMIUM ?= /usr/bin/chromium

.PHONY: serve test robust audit build bench outputs reader compat latest durations lock zensical

# Installs -------------------------------------------------------------------------------------

$(UV):
	$(PYTHON) -m venv $(dir $(UV))..
	$(dir $(UV))python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

# A sync installs exactly its group: the site's for serve and build, the test group (which
# includes the site's) for the rest.
$(VENV)/.site-installed: pyproject.toml uv.lock | $(UV)
	$(SYNC) --group site
	touch $@

$(VENV)/.test-installed: pyproject.toml uv.lock | $(UV)
	$(SYNC) --group test
	touch $@ $(VENV)/.site-installed

/usr/bin/chromium:
	$$(command -v sudo) apt-get update -qq
	$$(command -v sudo) apt-get install -y -qq chromium

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --silent

# The site ---------------------------------------------------------------------------------------

# The site with live reload on http://127.0.0.1:8000 (no TensorFlow needed).
serve: $(VENV)/.site-installed
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# The strict build into site/.
build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict --site-dir site

# Verification -----------------------------------------------------------------------------------

# One pytest process per Keras backend, the primary last with every test and one site build;
# BACKENDS=jax for one, SHARD=k/n for a part (tools/suite.py).
test: $(VENV)/.test-installed $(CHROMIUM) node_modules/.package-lock.json
	$(BIN)/python -m tools.suite test

# Every snippet on each backend under kernel caps that emulate older x86-64 processors
# (tools/robust.py; the caps are in verify/backends.py), compared with the committed outputs.
robust: $(VENV)/.test-installed
	$(BIN)/python -m tools.robust $(SNIPPET)

# What `make test` samples, on every page: the browser tests, then Lighthouse one page at a time.
audit: $(VENV)/.test-installed $(CHROMIUM) node_modules/.package-lock.json
	$(BIN)/python -m tools.suite audit

# Every snippet as a reader runs it (a fresh `python file.py` each), compared with its page.
reader: $(VENV)/.test-installed
	$(BIN)/python -m tools.reader $(SNIPPET)

# What verification costs, as ratios measured in one run; exits 1 when a bar is missed.
bench: $(VENV)/.test-installed
	$(BIN)/python -m tools.bench

# The same tree built with Zensical, Material for MkDocs' successor: which features pass, and
# the site tests on that build (tools/zensical.py). Informs, never gates.
zensical: $(VENV)/.test-installed
	$(BIN)/python -m tools.zensical

# Measurements ---------------------------------------------------------------------------------

# What each snippet prints on each backend, the verified records, the plots and the notebooks;
# SNIPPET=snippets/NN_x/NN_y.py for one (tools/suite.py). The build renders the rest from them.
outputs: $(VENV)/.test-installed
	$(BIN)/python -m tools.suite outputs

# Every snippet, with its checks, on older Keras releases (tools/compat.py), each in its cached
# .venv-compat/<release>/; RELEASE=keras-3.9.2-tensorflow for one. Informs, never gates.
compat: $(VENV)/.test-installed
	$(BIN)/python -m tools.compat $(addprefix --release ,$(RELEASE)) $(SNIPPET)

# The snippets on the newest Keras, TensorFlow and JAX, ignoring uv.lock (tools/latest.py).
latest: $(VENV)/.test-installed
	$(BIN)/python -m tools.latest

# Rewrite .test_durations, which SHARD uses to balance the shards.
durations: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q -p no:xdist --store-durations snippets

# Rewrite uv.lock, for every platform, after changing a pin in pyproject.toml.
lock: | $(UV)
	$(UV) lock
