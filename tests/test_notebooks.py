"""The notebooks: one per lesson, its code cells the lesson's snippets as they stand, executed."""

import json

import pytest

from tools.notebooks import cells_of
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
    silent = [i for i, c in enumerate(cells) if c["cell_type"] == "code" and not c["outputs"]]
    assert silent == [], f"{notebook}: cells {silent} have no output"
