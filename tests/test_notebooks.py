"""The notebooks: one per lesson, its code cells the lesson's snippets as they stand, executed,
then one empty cell per exercise of the page."""

import json

import pytest

from tools.notebooks import cells_of
from verify import exercises
from verify.layout import PROJECT


@pytest.mark.parametrize("lesson", PROJECT.lessons(), ids=lambda lesson: lesson.page_name)
def test_notebook_holds_the_pages_snippets_with_outputs(lesson):
    notebook = PROJECT.relative(lesson.notebook)
    page = PROJECT.relative(lesson.page)
    assert lesson.notebook.is_file(), f"{page} has no notebook: run `make outputs`"
    cells = json.loads(lesson.notebook.read_text(encoding="utf-8"))["cells"]
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    expected = [c.source for c in cells_of(lesson) if c.cell_type == "code"]
    assert code == expected, (
        f"{notebook} no longer matches the snippets of {page}: run `make outputs`"
    )
    silent = [
        i
        for i, c in enumerate(cells)
        if c["cell_type"] == "code" and c["source"] and not c["outputs"]
    ]
    assert silent == [], f"{notebook}: cells {silent} have no output"


@pytest.mark.parametrize("lesson", PROJECT.lessons(), ids=lambda lesson: lesson.page_name)
def test_notebook_ends_with_the_exercises_without_solutions(lesson):
    tasks = exercises.read(lesson.page.read_text(encoding="utf-8")).exercises
    cells = cells_of(lesson)
    workbook = cells[len(cells) - 2 * len(tasks) :]
    for task, (markdown, answer) in zip(tasks, zip(workbook[::2], workbook[1::2]), strict=True):
        assert markdown.cell_type == "markdown" and markdown.source.startswith(task.heading)
        assert answer.cell_type == "code" and answer.source == ""
    solutions = {p.read_text(encoding="utf-8").rstrip("\n") for p in lesson.exercises}
    assert not [c for c in cells if c.source in solutions], "a solution is in the notebook"
