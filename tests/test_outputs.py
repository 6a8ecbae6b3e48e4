"""The measurements that the pages show are complete and fresh: each snippet's output per backend,
the verified records, the plots. (How the build renders them: tests/test_render.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.outputs import OUTPUTS, PLOT_STAMPS, PLOTS
from verify import backends, records
from verify.layout import PROJECT

ROOT = PROJECT.root
SNIPPETS = PROJECT.snippet_files()
REGENERATE = "make outputs SNIPPET={}"


def shown_backends(snippet):
    """The recorded backends that run ``snippet`` (its page shows an output for each)."""
    excluded = PROJECT.lesson_of(snippet).not_on(snippet)
    return [b.name for b in records.recorded() if b.name not in excluded]


def test_each_backend_has_an_output(snippet):
    # The snippet's run item compares it on the backend under test; this sees every backend.
    lesson, command = PROJECT.lesson_of(snippet), REGENERATE.format(PROJECT.relative(snippet))
    for backend in shown_backends(snippet):
        output = lesson.output(snippet, backend)
        assert output.is_file(), f"{PROJECT.relative(output)} is missing: run `{command}`"
        text = output.read_text(encoding="utf-8")
        assert text.strip(), f"{PROJECT.relative(snippet)} prints nothing worth showing"


def test_a_snippet_that_trains_seeds_itself(snippet):
    # The runner draws a new seed before each run, so a training snippet without its own seed
    # passes on the days its result happens not to move, and fails on another processor.
    source = snippet.read_text(encoding="utf-8")
    if ".fit(" in source:
        assert "keras.utils.set_random_seed(" in source, (
            f"{PROJECT.relative(snippet)} calls fit() but does not seed: add "
            "`keras.utils.set_random_seed(0)` after its imports (README, Add a snippet)"
        )


def test_no_output_without_its_snippet():
    expected = {PROJECT.lesson_of(s).output(s, b) for s in SNIPPETS for b in shown_backends(s)}
    found = list(OUTPUTS.glob("[0-9][0-9]_*/*.*"))
    leftovers = sorted(PROJECT.relative(p) for p in found if p not in expected)
    assert leftovers == [], "outputs of deleted snippets or backends: run `make outputs`"


def test_plots_are_fresh():
    stamps = json.loads(PLOT_STAMPS.read_text(encoding="utf-8"))
    stale = [name for name, sha in stamps.items() if sha != records.sha256(ROOT / name)]
    assert stale == [], "plots made from an older version of these: run `make outputs`"
    plotted = {PROJECT.lesson_of(ROOT / name).name + "/" + Path(name).stem for name in stamps}
    unstamped = [
        PROJECT.relative(p)
        for p in PLOTS.rglob("*.svg")
        if f"{p.parent.name}/{p.stem.split('-')[0]}" not in plotted
    ]
    assert unstamped == [], "plots of no current snippet: run `make outputs`"


@pytest.mark.parametrize("backend", [b.name for b in records.recorded()])
def test_verified_records_match_the_snippets(backend):
    record = records.load(backend)["snippets"]
    stale = [name for name, sha in record.items() if sha != records.sha256(ROOT / name)]
    assert stale == [], f"outputs/verified/{backend}.json is stale for these: run `make outputs`"


def test_every_required_backend_is_recorded():
    recorded = records.recorded()
    missing = [b.name for b in backends.required() if b not in recorded]
    assert missing == [], f"no verified record for {missing}: run `make outputs`"
