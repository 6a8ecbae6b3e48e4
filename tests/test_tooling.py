"""Static checks that run with the suite: lint, format, spelling and import direction."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from verify.layout import PROJECT

ROOT = PROJECT.root

BIN = Path(sys.executable).parent


def run(*command):
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize(
    "command",
    [["check", "."], ["format", "--check", "."]],
    ids=["ruff check", "ruff format"],
)
def test_ruff(command):
    result = run(str(BIN / "ruff"), *command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_spelling():
    # Quoted originals live in errata/, outside what is checked here: their typos are the point.
    checked = ["docs", "snippets", "tests", "verify", "render", "tools"]
    result = run(str(BIN / "codespell"), *checked, "--skip", "*.ipynb,*.svg")
    assert result.returncode == 0, "codespell findings:\n" + result.stdout


@pytest.mark.parametrize("package", ["verify", "render", "tools"])
def test_imports_flow_one_way(package):
    """tests -> tools -> render -> verify: nothing imports what sits above it."""
    lower = {
        "verify": ("tests", "tools", "render"),
        "render": ("tests", "tools"),
        "tools": ("tests",),
    }[package]
    pattern = re.compile(rf"^\s*(from|import) ({'|'.join(lower)})\b", re.MULTILINE)
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0).strip()}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"{package}/ imports from {' or '.join(lower)}/"


def test_the_engine_and_the_rendering_import_without_keras():
    code = (
        "import sys, verify, verify.layout, verify.checks, verify.backends, verify.records, "
        "verify.errata, verify.site, verify.runner, verify.plugin, render.markdown\n"
        "print(sorted(m for m in ('keras', 'tensorflow', 'jax') if m in sys.modules))"
    )
    result = run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_uv_lock_matches_pyproject():
    """A pin changed in pyproject.toml without `make lock` leaves uv.lock stale."""
    version = re.search(r"^UV_VERSION := (\S+)$", (ROOT / "Makefile").read_text(), re.M)[1]
    uv = ROOT / ".cache" / f"uv-{version}" / "bin" / "uv"
    if not uv.is_file():
        pytest.fail(f"{uv.relative_to(ROOT)} is missing: `make test` installs it")
    result = run(str(uv), "lock", "--check", "--offline")
    assert result.returncode == 0, "uv.lock is stale: run `make lock`\n" + result.stderr
