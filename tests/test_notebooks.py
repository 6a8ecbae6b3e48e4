"""The notebooks: one per lesson, its code cells the lesson's snippets as they stand, executed,
then one empty cell per exercise of the page."""

import json

from tests import quotas
from tools.notebooks import cells_of
from verify import exercises, records
from verify.backends import PRIMARY
from verify.layout import PROJECT


def committed_cells(lesson) -> list[dict]:
    """The cells of the lesson's committed notebook, as JSON."""
    return json.loads(lesson.notebook.read_text(encoding="utf-8"))["cells"]


def test_notebook_holds_the_pages_snippets_with_outputs(lesson):
    notebook = PROJECT.relative(lesson.notebook)
    page = PROJECT.relative(lesson.page)
    assert lesson.notebook.is_file(), f"{page} has no notebook: run `make outputs`"
    cells = committed_cells(lesson)
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    expected = [c.source for c in cells_of(lesson) if c.cell_type == "code"]
    assert code == expected, (
        f"{notebook} no longer matches the snippets of {page}: run `make outputs`"
    )
    silent = [
        i
        for i, c in enumerate(cells)
        if c["cell_type"] == "code" and c["source"] and not c["outputs"] and i > 0
    ]
    assert silent == [], f"{notebook}: cells {silent} have no output"


def test_notebook_ends_with_the_exercises_without_solutions(lesson):
    notebook = PROJECT.relative(lesson.notebook)
    cells = committed_cells(lesson)
    sources = [(c["cell_type"], "".join(c["source"])) for c in cells]
    expected = [(c.cell_type, c.source) for c in cells_of(lesson)]
    assert sources == expected, f"{notebook} no longer matches its page: run `make outputs`"
    tasks = exercises.read(lesson.page.read_text(encoding="utf-8")).exercises
    workbook = sources[len(sources) - 2 * len(tasks) :]
    for task, (markdown, answer) in zip(tasks, zip(workbook[::2], workbook[1::2]), strict=True):
        assert markdown[0] == "markdown" and markdown[1].startswith(task.heading)
        assert answer == ("code", ""), f"{notebook}: {task.heading!r} has no empty cell"
    solutions = {p.read_text(encoding="utf-8").rstrip("\n") for p in lesson.exercises}
    assert not [s for _, s in sources if s in solutions], f"{notebook} holds a solution"


def test_notebook_first_installs_the_verified_versions(lesson):
    first = committed_cells(lesson)[0]
    keras = records.load(PRIMARY.name)["versions"]["keras"]
    assert first["cell_type"] == "code" and "%pip install" in "".join(first["source"])
    assert f"keras=={keras}" in "".join(first["source"]), "the install cell pins another Keras"


def test_notebook_carries_the_lessons_prose(lesson):
    cells = committed_cells(lesson)
    paragraphs = [
        line
        for cell in cells
        if cell["cell_type"] == "markdown"
        for line in "".join(cell["source"]).splitlines()
        if line.strip() and not line.startswith(("#", "<a id="))
    ]
    assert len(paragraphs) >= quotas.NOTEBOOK_PARAGRAPHS, (
        f"{PROJECT.relative(lesson.notebook)} holds little prose"
    )
