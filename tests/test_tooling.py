"""Static checks that run with the suite: workflow security, lint, format and spelling."""

import subprocess
import sys
from pathlib import Path

import pytest

from verify.layout import PROJECT

ROOT = PROJECT.root

BIN = Path(sys.executable).parent


def run(*command):
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_workflows_have_no_zizmor_findings():
    result = run(str(BIN / "zizmor"), "--offline", "--persona=pedantic", ".github/workflows")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout


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
    checked = ["docs", "snippets", "tests", "verify", "tools"]
    result = run(str(BIN / "codespell"), *checked, "--skip", "*.ipynb,*.svg")
    assert result.returncode == 0, "codespell findings:\n" + result.stdout
