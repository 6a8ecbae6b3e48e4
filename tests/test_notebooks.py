"""The notebooks: one per lesson, its code cells the lesson's snippets as they stand, executed,
then one empty cell per exercise of the page."""

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from tests import quotas
from tools.notebooks import cells_of, install_cell, refresh_first_cell
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


def first_cell(lesson) -> str:
    return "".join(committed_cells(lesson)[0]["source"])


def test_notebook_names_the_backend_before_keras_and_forces_no_install(lesson):
    source = first_cell(lesson)
    assert committed_cells(lesson)[0]["cell_type"] == "code"
    backend = source.index('os.environ["KERAS_BACKEND"] = BACKEND')
    assert "import keras" not in source[:backend], f"{lesson.notebook.name}: Keras comes first"
    assert "%pip" not in source, f"{lesson.notebook.name} installs whatever is there"
    keras = records.load(PRIMARY.name)["versions"]["keras"]
    assert "'keras': ('" in source and f"'{keras}')" in source, "another Keras than verified"


def run_first_cell(python: str, lesson, tmp_path) -> str:
    cell = tmp_path / "first_cell.py"
    # The cell as make outputs writes it (the tests above hold the committed one to it).
    cell.write_text(install_cell(lesson).source, encoding="utf-8")
    done = subprocess.run([python, cell], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="session")
def out_of_range_python(tmp_path_factory) -> str:
    """A real environment outside every lesson's range: Keras 2, no TensorFlow, and no pip,
    so that the cell's install attempt fails instead of installing."""
    venv = tmp_path_factory.mktemp("keras2") / "venv"
    # The Makefile's uv, beside the .venv that runs the tests (a copied tree shares it).
    uv = next(Path(sys.executable).parents[2].glob(".cache/uv-*/bin/uv"))
    subprocess.run([uv, "venv", "-q", "--python", sys.executable, venv], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [uv, "pip", "install", "-q", "--python", python, "--no-deps", "keras==2.15.0"], check=True
    )
    return str(python)


@pytest.mark.parametrize("lesson_name", ["02_what_is_a_model", "10_fit"])
def test_first_cell_installs_only_what_is_outside_the_measured_range(
    lesson_name, out_of_range_python, tmp_path
):
    lesson = next(lesson for lesson in PROJECT.lessons() if lesson.name == lesson_name)
    versions = records.load(PRIMARY.name)["versions"]
    pinned = f"keras {versions['keras']}, {PRIMARY.package} {versions[PRIMARY.name]}"
    # The test environment holds the verified versions: nothing to install.
    inside = run_first_cell(sys.executable, lesson, tmp_path)
    assert f"Verified with {pinned};" in inside
    assert inside.strip().endswith(f"Installed: {pinned}: inside it."), inside
    # Keras 2 and no TensorFlow: it installs the verified pair, and says when it cannot.
    outside = run_first_cell(out_of_range_python, lesson, tmp_path)
    expected = f"keras=={versions['keras']} {PRIMARY.package}=="
    assert f"Installed: keras 2.15.0, {PRIMARY.package} missing: outside it, installing " in outside
    assert expected in outside, outside
    assert "pip could not install them here" in outside


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


@pytest.mark.parametrize("name", ["04-build-a-layer", "18-prepare-data"])
def test_make_compat_rewrites_a_stale_first_cell_as_its_kernel_printed_it(name, tmp_path):
    """A new compatibility record changes the ranges in the first cells; make compat rewrites
    them, and the line each printed, to what executing the notebook gives (the committed one)."""
    lesson = next(lesson for lesson in PROJECT.lessons() if lesson.page_name == name)
    committed = nbformat.read(lesson.notebook, as_version=4)
    stale = nbformat.read(lesson.notebook, as_version=4)
    stale.cells[0].source = stale.cells[0].source.replace("RANGES = {", "RANGES = {'old': 0, ")
    stale.cells[0].outputs[0].text = "Verified with an older record.\n"
    copy = tmp_path / lesson.notebook.name
    nbformat.write(stale, copy)
    assert refresh_first_cell(lesson, copy)
    refreshed = nbformat.read(copy, as_version=4)
    assert refreshed.cells == committed.cells
    assert not refresh_first_cell(lesson, copy)
