"""The outputs shown on the pages are fresh, complete and shown under their snippets."""

from __future__ import annotations

import json

import pytest

from tools.outputs import OUTPUTS, PLOTS, STAMPS, about_page, output_path, versions_note
from verify import backends, checks, records
from verify.layout import INCLUDE, PROJECT, is_lesson_snippet

ROOT = PROJECT.root
SNIPPETS = PROJECT.snippet_files()
LESSONS = PROJECT.lessons()
REGENERATE = "make outputs SNIPPET={}"


@pytest.fixture(scope="module")
def stamps():
    assert STAMPS.exists(), f"{STAMPS.relative_to(ROOT)} is missing: run `make outputs`"
    return json.loads(STAMPS.read_text())


@pytest.mark.parametrize("snippet", SNIPPETS, ids=PROJECT.snippet_id)
def test_output_is_fresh(stamps, snippet):
    name = snippet.relative_to(ROOT).as_posix()
    command = REGENERATE.format(name)
    assert name in stamps, f"{name} has no recorded output: run `{command}`"
    assert stamps[name]["sha256"] == records.sha256(snippet), (
        f"{name} changed since its output was recorded: run `{command}`"
    )
    output = output_path(snippet)
    assert output.is_file(), f"{output.relative_to(ROOT)} is missing: run `{command}`"
    assert output.read_text(encoding="utf-8").strip(), f"{name} prints nothing worth showing"


def test_no_output_without_its_snippet(stamps):
    snippets = {s.relative_to(ROOT).as_posix() for s in SNIPPETS}
    assert sorted(set(stamps) - snippets) == [], "stamps of deleted snippets: run `make outputs`"
    outputs = {output_path(s) for s in SNIPPETS}
    leftovers = [p.relative_to(ROOT).as_posix() for p in OUTPUTS.rglob("*.txt") if p not in outputs]
    assert leftovers == [], "outputs of deleted snippets: run `make outputs`"


def lesson_id(lesson):
    return lesson.page_name


@pytest.mark.parametrize("lesson", LESSONS, ids=lesson_id)
def test_every_snippet_is_followed_by_its_output(lesson):
    included = INCLUDE.findall(lesson.page.read_text(encoding="utf-8"))
    for i, target in enumerate(included):
        if is_lesson_snippet(target):
            expected = target.removesuffix(".py") + ".txt"
            following = included[i + 1] if i + 1 < len(included) else None
            assert following == expected, (
                f"docs/{lesson.page.name} shows {target} without its output: "
                f'add a ```text title="Output" block including "{expected}" right after it'
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
