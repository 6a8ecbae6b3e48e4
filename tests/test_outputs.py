"""The outputs shown on the pages are fresh, complete and shown under their snippets."""

from __future__ import annotations

import json

import pytest

from tests import pages, verified
from tools.outputs import (
    OUTPUTS,
    PLOTS,
    STAMPS,
    about_page,
    output_path,
    sha256,
    versions_note,
)

ROOT = pages.ROOT
SNIPPETS = pages.snippet_files()
REGENERATE = "make outputs SNIPPET={}"


@pytest.fixture(scope="module")
def stamps():
    assert STAMPS.exists(), f"{STAMPS.relative_to(ROOT)} is missing: run `make outputs`"
    return json.loads(STAMPS.read_text())


@pytest.mark.parametrize("snippet", SNIPPETS, ids=pages.snippet_id)
def test_output_is_fresh(stamps, snippet):
    name = snippet.relative_to(ROOT).as_posix()
    command = REGENERATE.format(name)
    assert name in stamps, f"{name} has no recorded output: run `{command}`"
    assert stamps[name]["sha256"] == sha256(snippet), (
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


def objective_pages():
    return sorted(p for p in pages.DOCS.glob("[0-9][0-9]-*.md"))


@pytest.mark.parametrize("page", objective_pages(), ids=lambda p: p.name)
def test_every_snippet_is_followed_by_its_output(page):
    included = pages.INCLUDE.findall(page.read_text(encoding="utf-8"))
    for i, target in enumerate(included):
        if pages.is_lesson_snippet(target):
            expected = target.removesuffix(".py") + ".txt"
            following = included[i + 1] if i + 1 < len(included) else None
            assert following == expected, (
                f"docs/{page.name} shows {target} without its output: "
                f'add a ```text title="Output" block including "{expected}" right after it'
            )


@pytest.mark.parametrize("page", objective_pages(), ids=lambda p: p.name)
def test_page_names_the_versions_that_ran_it(page):
    folder = page.stem.replace("-", "_")
    if (pages.SNIPPETS / folder).is_dir():
        assert f'--8<-- "{folder}/about.md"' in page.read_text(encoding="utf-8"), (
            f'docs/{page.name} does not include "{folder}/about.md" (the versions that ran it)'
        )


def test_every_plot_is_shown():
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages.DOCS.rglob("*.md"))
    unshown = [
        p.relative_to(ROOT).as_posix()
        for p in PLOTS.rglob("*.svg")
        if p.relative_to(pages.DOCS).as_posix() not in text
    ]
    assert unshown == [], "plots that no page shows"
    assert len(list(PLOTS.rglob("*.svg"))) >= 3, "the training pages show fewer than 3 plots"


@pytest.mark.parametrize("backend", verified.backends())
def test_verified_records_match_the_snippets(backend):
    record = verified.load(backend)["snippets"]
    stale = [name for name, sha in record.items() if sha != sha256(ROOT / name)]
    assert stale == [], f"outputs/verified/{backend}.json is stale for these: run `make outputs`"


def test_tensorflow_and_jax_are_recorded():
    assert verified.backends()[:2] == ["tensorflow", "jax"]


@pytest.mark.parametrize("folder", sorted({s.parent.name for s in SNIPPETS}))
def test_about_note_is_current(folder):
    note = OUTPUTS / folder / "about.md"
    assert note.is_file(), f"{note.relative_to(ROOT)} is missing: run `make outputs`"
    assert note.read_text(encoding="utf-8") == about_page(folder), (
        f"{note.relative_to(ROOT)} is out of date: run `make outputs`"
    )


def test_home_page_versions_are_current():
    note = OUTPUTS / "versions.md"
    assert note.is_file() and note.read_text(encoding="utf-8") == versions_note(), (
        "outputs/versions.md is missing or out of date: run `make outputs`"
    )


def test_about_note_names_a_snippet_a_backend_cannot_run(monkeypatch):
    from tests import snippet_runner

    folder = "03_instantiate_a_model"
    snippet_runner.load_checks(folder)
    monkeypatch.setitem(snippet_runner._unsupported, (folder, "01_sequential.py"), {"jax": "why"})
    assert "`01_sequential.py` not on JAX: why" in about_page(folder)
