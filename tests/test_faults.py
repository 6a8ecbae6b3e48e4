"""Bad input is caught: each fault is injected into a temporary copy of the tree, never the real.

Each case runs pytest in the copy and asserts that it fails with a message naming the file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pages import ROOT

PAGE = "docs/03-instantiate-a-model.md"
FOLDER = "03_instantiate_a_model"
# Everything the build and the tests read, without installs, build output and caches.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "site", ".cache", "__pycache__", ".pytest_cache"
)


def copy_tree(destination: Path) -> Path:
    shutil.copytree(ROOT, destination, ignore=NOT_COPIED, dirs_exist_ok=True)
    return destination


def add_snippet(tree: Path, name: str, code: str, *, shown: bool = True) -> str:
    (tree / "snippets" / FOLDER / name).write_text(code, encoding="utf-8")
    if shown:
        append(tree / PAGE, f'\n```python title="{name}"\n--8<-- "{FOLDER}/{name}"\n```\n')
    return f"snippets/{FOLDER}/{name}"


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def pytest_in(tree: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", *args],
        capture_output=True,
        text=True,
        cwd=tree,
        env={**os.environ, **env},
        timeout=300,
    )
    result.output = result.stdout + result.stderr
    return result


# Snippets that raise, hang or warn: one pytest run in one copy, so Keras is imported once.

BAD_SNIPPETS = {
    "raises": (
        "91_raises.py",
        "import keras\n\nkeras.ops.ones((2,))\nraise ZeroDivisionError\n",
        4,
    ),
    "hangs": ("92_hangs.py", "import time\n\nwhile True:\n    time.sleep(0.05)\n", 4),
    "warns": (
        "93_warns.py",
        "import keras\n\nmodel = keras.Sequential([keras.layers.Dense(2, input_shape=(3,))])\n",
        3,
    ),
}


@pytest.fixture(scope="module")
def bad_snippet_run(tmp_path_factory):
    tree = copy_tree(tmp_path_factory.mktemp("tree"))
    paths = [add_snippet(tree, name, code) for name, code, _ in BAD_SNIPPETS.values()]
    return pytest_in(tree, *paths, SNIPPET_TIMEOUT="3")


@pytest.mark.parametrize("fault", BAD_SNIPPETS)
def test_bad_snippet_fails_naming_file_line_and_page(bad_snippet_run, fault):
    name, _, line = BAD_SNIPPETS[fault]
    assert bad_snippet_run.returncode == 1
    path = f"snippets/{FOLDER}/{name}"
    assert f"FAILED {path}::run" in bad_snippet_run.output
    assert f"{path}:{line}" in bad_snippet_run.output
    assert f"shown on: {PAGE}" in bad_snippet_run.output


def test_hanging_snippet_is_stopped_by_the_timeout(bad_snippet_run):
    assert "Timeout (>3.0s)" in bad_snippet_run.output


def test_warning_snippet_names_the_warning(bad_snippet_run):
    assert "UserWarning: Do not pass an `input_shape`" in bad_snippet_run.output


# Site faults: no Keras needed, only the site tests run in the copy.


SITE_FAULTS = {
    "missing include": (
        lambda tree: append(tree / PAGE, f'\n```python\n--8<-- "{FOLDER}/99_missing.py"\n```\n'),
        [
            f"{PAGE} includes '{FOLDER}/99_missing.py', which is no file",
            "mkdocs build --strict failed",
        ],
    ),
    "orphan snippet": (
        lambda tree: add_snippet(tree, "94_orphan.py", "print('nobody shows me')\n", shown=False),
        [f"snippets/{FOLDER}/94_orphan.py is included by no page under docs/"],
    ),
    # A titled fence is skipped by pytest-codeblocks, so nothing ran this pasted code.
    "pasted block": (
        lambda tree: append(tree / PAGE, '\n```python title="p.py"\nprint("pasted")\n```\n'),
        [f"{PAGE} shows a Python block that no test ran"],
    ),
}


@pytest.mark.parametrize("fault", SITE_FAULTS)
def test_site_fault_fails_naming_the_file(tmp_path, fault):
    inject, messages = SITE_FAULTS[fault]
    tree = copy_tree(tmp_path)
    inject(tree)
    result = pytest_in(tree, "tests/test_site.py")
    assert result.returncode == 1
    for message in messages:
        assert message in result.output


def test_inline_python_block_is_run_and_its_failure_names_the_page(tmp_path):
    tree = copy_tree(tmp_path)
    append(tree / PAGE, "\n```python\nprint(1 / 0)\n```\n")
    result = pytest_in(tree, PAGE)
    assert result.returncode == 1
    assert f"FAILED {PAGE}::line" in result.output
    assert "division by zero" in result.output


def test_snippet_declared_not_on_a_backend_is_skipped_there_with_its_reason(tmp_path):
    tree = copy_tree(tmp_path)
    append(
        tree / "tests" / "checks" / f"{FOLDER}.py",
        '\nfrom tests.snippet_runner import not_on\n\nnot_on("jax", "01_sequential.py", "why")\n',
    )
    snippet = f"snippets/{FOLDER}/01_sequential.py"
    result = pytest_in(tree, snippet, "-rs", KERAS_BACKEND="jax")
    assert result.returncode == 0
    assert f"SKIPPED [3] {snippet}: does not run on jax: why" in result.output  # run + 2 checks
    assert "passed" not in result.output
