"""Site faults are caught: each is injected into a temporary copy of the tree, never the real.

The real ``mkdocs.yml`` and pages matter here, so the whole tree is copied; each case runs the
site tests in the copy and asserts that they fail with a message naming the file. (Faults of
the snippet runner are tested on a tiny tree instead: tests/test_plugin.py.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from verify.layout import PROJECT

pytestmark = pytest.mark.harness  # `-m "not harness"` leaves the machinery tests out

ROOT = PROJECT.root
PAGE = "docs/03-instantiate-a-model.md"
FOLDER = "03_instantiate_a_model"
# Everything the build and the tests read, without installs, build output and caches.
# .git is copied: the pages show the date of the commit they are built from.
NOT_COPIED = shutil.ignore_patterns(
    ".venv*", "node_modules", "site", ".cache", "__pycache__", ".pytest_cache"
)


def copy_tree(destination: Path) -> Path:
    shutil.copytree(ROOT, destination, ignore=NOT_COPIED, dirs_exist_ok=True)
    return destination


def add_snippet(tree: Path, name: str, code: str, *, shown: bool = True) -> str:
    (tree / "snippets" / FOLDER / name).write_text(code, encoding="utf-8")
    if shown:
        append(tree / PAGE, f'\n```python title="{name}"\n--8<-- "{FOLDER}/{name}"\n```\n')
    return f"snippets/{FOLDER}/{name}"


def verified(tree: Path, snippet: str) -> None:
    """Record ``snippet`` as verified on every backend in the copy's records."""
    for path in (tree / "outputs" / "verified").glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        record["snippets"][snippet] = "sha256 of a run that did not happen"
        path.write_text(json.dumps(record), encoding="utf-8")


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


# No Keras needed: only the site tests, and pytest-codeblocks on one page, run in the copies.
# A missing include breaks the build, which hides the other faults: it gets a copy of its own.


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    tree = copy_tree(tmp_path_factory.mktemp("tree"))
    append(tree / PAGE, f'\n```python\n--8<-- "{FOLDER}/99_missing.py"\n```\n')
    return pytest_in(tree, "tests/test_site.py")


def test_missing_include_fails_naming_the_page(broken_build):
    assert broken_build.returncode == 1
    assert f"{PAGE} includes '{FOLDER}/99_missing.py', which is no file" in broken_build.output
    assert "mkdocs build --strict failed" in broken_build.output


@pytest.fixture(scope="module")
def faulty_tree(tmp_path_factory):
    tree = copy_tree(tmp_path_factory.mktemp("tree"))
    orphan = add_snippet(tree, "94_orphan.py", "print('nobody shows me')\n", shown=False)
    verified(tree, orphan)  # as if `make outputs` had run it: the build renders its page
    # A titled fence is skipped by pytest-codeblocks, so nothing ran this pasted code.
    append(tree / PAGE, '\n```python title="p.py"\nprint("pasted")\n```\n')
    # A plain fence is run by pytest-codeblocks as it stands.
    append(tree / PAGE, "\n```python\nprint(1 / 0)\n```\n")
    return tree


@pytest.fixture(scope="module")
def site_tests_in_faulty_tree(faulty_tree):
    return pytest_in(faulty_tree, "tests/test_site.py")


SITE_FAULTS = {
    "orphan snippet": f"snippets/{FOLDER}/94_orphan.py is included by no page under docs/",
    "pasted block": f"{PAGE} shows a Python block that no test ran",
}


@pytest.mark.parametrize("fault", SITE_FAULTS)
def test_site_fault_fails_naming_the_file(site_tests_in_faulty_tree, fault):
    assert site_tests_in_faulty_tree.returncode == 1
    assert SITE_FAULTS[fault] in site_tests_in_faulty_tree.output


def test_inline_python_block_is_run_and_its_failure_names_the_page(faulty_tree):
    result = pytest_in(faulty_tree, PAGE)
    assert result.returncode == 1
    assert f"FAILED {PAGE}::line" in result.output
    assert "division by zero" in result.output
