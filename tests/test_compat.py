"""The compatibility record (`make compat`) is fresh and wide enough, and the pages show it."""

from __future__ import annotations

import dataclasses

import pytest

from tools.compat import RELEASES
from verify import compatibility, records
from verify.layout import PROJECT


@pytest.mark.parametrize("snippet", PROJECT.snippet_files(), ids=PROJECT.snippet_id)
def test_snippet_has_a_current_result_on_every_release(snippet):
    name = PROJECT.relative(snippet)
    results = compatibility.load().get(name, {})
    stale = [
        release.name
        for release in RELEASES
        if results.get(release.name, {}).get("sha256") != records.sha256(snippet)
    ]
    assert stale == [], (
        f"{name} changed after its compatibility record, or was never checked, on {stale}: "
        f"run `make compat SNIPPET={name}`"
    )


def test_record_names_the_releases_of_the_table():
    expected = {release.name: dataclasses.asdict(release) for release in RELEASES}
    assert compatibility.releases() == expected, "tools/compat.py changed: run `make compat`"


def test_record_covers_enough_releases():
    checked = compatibility.columns()
    on = {b: {c["keras"] for c in checked if c["backend"] == b} for b in ("tensorflow", "jax")}
    assert len(on["tensorflow"]) >= 4, f"Keras releases checked on TensorFlow: {on['tensorflow']}"
    assert len(on["jax"]) >= 2, f"Keras releases checked on JAX: {on['jax']}"
    years = {c["released"][:4] for c in checked if "released" in c}
    assert len(years) >= 3, f"the older releases checked come from the years {sorted(years)}"


def test_compatibility_page_is_generated_from_the_record():
    shown = compatibility.MATRIX.read_text(encoding="utf-8")
    assert shown == compatibility.matrix(), "outputs/compat.md is out of date: run `make compat`"
    page = (PROJECT.docs / "compatibility.md").read_text(encoding="utf-8")
    assert '--8<-- "compat.md"' in page


@pytest.mark.parametrize("lesson", PROJECT.lessons(), ids=lambda lesson: lesson.page_name)
def test_page_states_its_measured_range(lesson):
    note = compatibility.range_note(lesson)
    assert note.startswith("Works with Keras "), f"{lesson.page_name}: no measured range"
    about = (lesson.outputs / "about.md").read_text(encoding="utf-8")
    assert note in about, f"{PROJECT.relative(lesson.outputs)}/about.md: run `make compat`"
