"""The README's "Add a snippet" steps, performed in a copy of the tree: the snippet, its checks,
one line on its page and `make outputs SNIPPET=...`, nothing else. Then the snippet's tests,
the strict build and the site's tests pass in the copy, and the page shows the new snippet with
its output on each backend and a highlighted line. `make compat` is not run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_faults import append, copy_tree
from verify import records

pytestmark = pytest.mark.harness

FOLDER = "03_instantiate_a_model"
NAME = "05_count_parameters.py"
SNIPPET = f"snippets/{FOLDER}/{NAME}"
CODE = """\
import keras
from keras import layers

model = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(3)])
print("parameters:", model.count_params())
"""
CHECKS = f"""

@check("{NAME}")
def counts_kernel_and_bias(run):
    assert run.globals["model"].count_params() == 4 * 3 + 3
"""
VENV = Path(sys.executable).parent.parent


def run(tree: Path, *command: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        command, cwd=tree, capture_output=True, text=True, env={**os.environ}, timeout=900
    )
    result.output = result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    tree = copy_tree(tmp_path_factory.mktemp("tree"))
    # The steps of the README, and nothing else.
    (tree / SNIPPET).write_text(CODE, encoding="utf-8")
    append(tree / "tests" / "checks" / f"{FOLDER}.py", CHECKS)
    append(
        tree / "docs" / "03-instantiate-a-model.md",
        f'\n--8<-- "{FOLDER}/{NAME}" highlight="Dense(3)"\n',
    )
    # This tree's .venv is the suite's own: -o keeps make from reinstalling into it.
    done = run(
        tree,
        "make",
        f"VENV={VENV}",
        "-o",
        f"{VENV}/.test-installed",
        "outputs",
        f"SNIPPET={SNIPPET}",
    )
    assert done.returncode == 0, done.output[-3000:]
    return tree


def test_make_outputs_measures_the_new_snippet_on_each_backend(tree):
    for backend in records.recorded():
        output = tree / "outputs" / FOLDER / f"{Path(NAME).stem}.{backend.name}.txt"
        assert output.read_text(encoding="utf-8") == "parameters: 15\n"


def test_its_tests_the_build_and_the_site_tests_pass(tree):
    done = run(
        tree,
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:xdist",
        "-m",
        "not browser and not lighthouse and not harness",
        SNIPPET,
        "tests/test_site.py",
        "tests/test_render.py",
        "tests/test_outputs.py",
        "tests/test_notebooks.py",
        "tests/test_compat.py",
    )
    assert done.returncode == 0, done.output[-3000:]
    passed = int(re.search(r"(\d+) passed", done.output)[1])
    assert passed > 100  # the snippet's run and check, and the site's tests


def test_the_page_shows_it_with_its_outputs_and_its_highlight(tree, tmp_path):
    done = run(tree, sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path))
    assert done.returncode == 0, done.output[-3000:]
    html = (tmp_path / "03-instantiate-a-model" / "index.html").read_text(encoding="utf-8")
    block = html.partition('id="05_count_parameters"')[2]
    assert block, "the new snippet's block is not on the page"
    assert '<span class="hll">' in block.partition("</code>")[0]
    for backend in records.recorded():
        assert '<label for="' in block and backend.display in block
    assert block.count("parameters: 15") >= len(records.recorded())
