"""The notebooks: one per lesson, its code cells the lesson's snippets as they stand, executed."""

import json

import pytest

from tests import pages
from tools.notebooks import NOTEBOOKS, cells_of

LESSONS = sorted(pages.DOCS.glob("[0-9][0-9]-*.md"))


@pytest.mark.parametrize("page", LESSONS, ids=lambda p: p.stem)
def test_notebook_holds_the_pages_snippets_with_outputs(page):
    notebook = NOTEBOOKS / f"{page.stem}.ipynb"
    assert notebook.is_file(), f"docs/{page.name} has no notebook: run `make outputs`"
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    expected = [c.source for c in cells_of(page) if c.cell_type == "code"]
    assert code == expected, (
        f"{notebook.relative_to(pages.ROOT)} no longer matches the snippets of docs/{page.name}: "
        "run `make outputs`"
    )
    silent = [i for i, c in enumerate(cells) if c["cell_type"] == "code" and not c["outputs"]]
    assert silent == [], f"{notebook.relative_to(pages.ROOT)}: cells {silent} have no output"
