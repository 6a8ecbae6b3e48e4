"""Site faults are caught: each is injected into a temporary copy of the tree, never the real.

The real ``mkdocs.yml`` and pages matter here, so the whole tree is copied; each case runs the
site tests in the copy and asserts that they fail with a message naming the file. (Faults of
the snippet runner are tested on a tiny tree instead: tests/test_plugin.py.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from verify.layout import PROJECT

ROOT = PROJECT.root
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
