"""The compatibility record (`make compat`) is wide enough, and the pages show it honestly."""

from __future__ import annotations

import dataclasses

from render import compatibility as rendered
from render import notes
from tests import quotas
from tools.compat import RELEASES
from verify import compatibility, records
from verify.layout import PROJECT


def test_a_snippet_changed_since_its_record_is_shown_as_changed(monkeypatch):
    """`make compat` is not part of `make test`: an edited snippet's old results are not its."""
    record, every = compatibility.load(), compatibility.columns()
    older = [c for c in every if not c["name"].startswith("pinned-")]
    passed = (compatibility.PASS, compatibility.DRIFT)
    edited = next(
        path
        for path in PROJECT.snippet_files()
        if all(
            compatibility.cell(compatibility.result(PROJECT.relative(path), c, record)) in passed
            for c in older
        )
    )
    name, lesson = PROJECT.relative(edited), PROJECT.lesson_of(edited)

    real = records.sha256
    monkeypatch.setattr(records, "sha256", lambda path: "edited" if path == edited else real(path))
    cells = [compatibility.cell(compatibility.result(name, c, record)) for c in older]
    assert cells == [compatibility.STALE] * len(older)
    note = rendered.range_note(lesson, rendered.ranges(lesson))
    assert f"`{edited.name}` changed since older releases checked it" in note
    # Its range starts at the pinned release: no older one counts for it.
    pinned = records.load("tensorflow")["versions"]["keras"]
    assert (
        f"on TensorFlow, every example passes from Keras {compatibility.minor(pinned)} on" in note
    )
    assert compatibility.STALE in rendered.matrix()


def test_record_names_the_releases_of_the_table():
    expected = {release.name: dataclasses.asdict(release) for release in RELEASES}
    assert compatibility.releases() == expected, "tools/compat.py changed: run `make compat`"


def test_record_covers_enough_releases():
    checked = compatibility.columns()
    on = {b: {c["keras"] for c in checked if c["backend"] == b} for b in ("tensorflow", "jax")}
    for backend, enough in quotas.RELEASES_CHECKED.items():
        assert len(on[backend]) >= enough, f"Keras releases checked on {backend}: {on[backend]}"
    years = {c["released"][:4] for c in checked if "released" in c}
    assert len(years) >= quotas.RELEASE_YEARS, (
        f"the older releases checked come from the years {sorted(years)}"
    )


def test_compatibility_page_renders_the_record():
    page = (PROJECT.docs / "compatibility.md").read_text(encoding="utf-8")
    assert page.count("::: verified.compatibility\n") == 1
    matrix = rendered.matrix()
    assert matrix.count("| Snippet |") == len(PROJECT.lessons())


def test_page_states_its_measured_range(lesson):
    # A lesson that make compat has not seen yet says so; the others give their range.
    line, footer = notes.verified_note(lesson)
    found = rendered.ranges(lesson)
    assert rendered.range_note(lesson, found) in footer
    assert rendered.range_line(found) in line
    if found:
        assert line.count(" or newer (") == len(found), line
    else:
        assert "Not yet checked on older Keras releases" in line
