"""The outputs shown on the pages are fresh, complete and shown under their snippets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.outputs import OUTPUTS, PLOT_STAMPS, PLOTS, about_page, output_tabs, versions_note
from verify import backends, checks, records
from verify.layout import INCLUDE, PROJECT, is_lesson_snippet

ROOT = PROJECT.root
SNIPPETS = PROJECT.snippet_files()
LESSONS = PROJECT.lessons()
REGENERATE = "make outputs SNIPPET={}"


def shown_backends(snippet):
    """The recorded backends that run ``snippet`` (its page shows an output for each)."""
    excluded = checks.load(PROJECT.lesson_of(snippet)).not_on(snippet)
    return [b.name for b in records.recorded() if b.name not in excluded]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=PROJECT.snippet_id)
def test_each_backend_has_an_output(snippet):
    # The snippet's run item compares it on the backend under test; this sees every backend.
    lesson, command = PROJECT.lesson_of(snippet), REGENERATE.format(PROJECT.relative(snippet))
    for backend in shown_backends(snippet):
        output = lesson.output(snippet, backend)
        assert output.is_file(), f"{PROJECT.relative(output)} is missing: run `{command}`"
        text = output.read_text(encoding="utf-8")
        assert text.strip(), f"{PROJECT.relative(snippet)} prints nothing worth showing"


@pytest.mark.parametrize("snippet", SNIPPETS, ids=PROJECT.snippet_id)
def test_output_tabs_are_current(snippet):
    lesson, command = PROJECT.lesson_of(snippet), REGENERATE.format(PROJECT.relative(snippet))
    tabs = lesson.output_tabs(snippet)
    assert tabs.is_file(), f"{PROJECT.relative(tabs)} is missing: run `{command}`"
    assert tabs.read_text(encoding="utf-8") == output_tabs(lesson, snippet), (
        f"{PROJECT.relative(tabs)} is out of date: run `{command}`"
    )


def test_no_output_without_its_snippet():
    expected = {PROJECT.lesson_of(s).output_tabs(s) for s in SNIPPETS} | {
        PROJECT.lesson_of(s).output(s, b) for s in SNIPPETS for b in shown_backends(s)
    }
    found = [p for p in OUTPUTS.glob("[0-9][0-9]_*/*.*") if p.name != "about.md"]
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


def lesson_id(lesson):
    return lesson.page_name


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_every_snippet_is_followed_by_its_output(lesson):
    included = INCLUDE.findall(lesson.page.read_text(encoding="utf-8"))
    for i, target in enumerate(included):
        if is_lesson_snippet(target):
            expected = target.removesuffix(".py") + ".md"
            following = included[i + 1] if i + 1 < len(included) else None
            assert following == expected, (
                f"docs/{lesson.page.name} shows {target} without its outputs: "
                f'add the line --8<-- "{expected}" right after its block'
            )


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_page_names_the_versions_that_ran_it(lesson):
    about = f"{lesson.name}/about.md"
    assert f'--8<-- "{about}"' in lesson.page.read_text(encoding="utf-8"), (
        f'docs/{lesson.page.name} does not include "{about}" (the versions that ran it)'
    )


def test_every_plot_is_shown():
    text = "\n".join(p.read_text(encoding="utf-8") for p in PROJECT.docs.rglob("*.md"))
    unshown = [
        p.relative_to(ROOT).as_posix()
        for p in PLOTS.rglob("*.svg")
        if p.relative_to(PROJECT.docs).as_posix() not in text
    ]
    assert unshown == [], "plots that no page shows"
    assert len(list(PLOTS.rglob("*.svg"))) >= 3, "the training pages show fewer than 3 plots"


@pytest.mark.parametrize("backend", [b.name for b in records.recorded()])
def test_verified_records_match_the_snippets(backend):
    record = records.load(backend)["snippets"]
    stale = [name for name, sha in record.items() if sha != records.sha256(ROOT / name)]
    assert stale == [], f"outputs/verified/{backend}.json is stale for these: run `make outputs`"


def test_every_required_backend_is_recorded():
    recorded = records.recorded()
    missing = [b.name for b in backends.required() if b not in recorded]
    assert missing == [], f"no verified record for {missing}: run `make outputs`"


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_about_note_is_current(lesson):
    note = lesson.outputs / "about.md"
    assert note.is_file(), f"{note.relative_to(ROOT)} is missing: run `make outputs`"
    assert note.read_text(encoding="utf-8") == about_page(lesson), (
        f"{note.relative_to(ROOT)} is out of date: run `make outputs`"
    )


def test_home_page_versions_are_current():
    note = OUTPUTS / "versions.md"
    assert note.is_file() and note.read_text(encoding="utf-8") == versions_note(), (
        "outputs/versions.md is missing or out of date: run `make outputs`"
    )


def test_about_note_names_a_snippet_a_backend_cannot_run(monkeypatch):
    lesson = PROJECT.lesson_of(PROJECT.snippets / "03_instantiate_a_model" / "01_sequential.py")
    registered = checks.load(lesson)
    monkeypatch.setitem(registered.excluded, "01_sequential.py", {"jax": "why"})
    assert "`01_sequential.py` not on JAX: why" in about_page(lesson)


def test_output_tabs_say_where_a_snippet_does_not_run(monkeypatch):
    snippet = PROJECT.snippets / "03_instantiate_a_model" / "01_sequential.py"
    lesson = PROJECT.lesson_of(snippet)
    monkeypatch.setitem(checks.load(lesson).excluded, "01_sequential.py", {"jax": "why"})
    tabs = output_tabs(lesson, snippet)
    assert '=== "JAX"\n\n    !!! warning "Does not run on JAX"\n        why\n' in tabs
    assert "01_sequential.jax.txt" not in tabs
    assert "01_sequential.tensorflow.txt" in tabs
