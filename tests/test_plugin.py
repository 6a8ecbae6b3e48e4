"""The pytest plugin on a tiny tree of its own: how each snippet fault is reported.

One pytest run in a fresh interpreter (Keras is imported once) verifies a lesson whose snippets
pass, raise, hang, warn, fail a check, print other than their committed output, forget their
seed or are declared ``not_on`` the current backend. Independent of the real lessons.
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from verify import checks
from verify.layout import PROJECT, Layout

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.harness  # `-m "not harness"` leaves the machinery tests out

BACKEND = os.environ.get("KERAS_BACKEND", "tensorflow")
LESSON = "snippets/01_demo"
PAGE = "docs/01-demo.md"
SNIPPETS = {
    "01_ok.py": "layers = [1, 2, 3]\nprint('hello')\n",
    "02_raises.py": "import keras\n\nkeras.ops.ones((2,))\nraise ZeroDivisionError\n",
    "03_hangs.py": "import time\n\nwhile True:\n    time.sleep(0.05)\n",
    "04_warns.py": (
        "import keras\n\nmodel = keras.Sequential([keras.layers.Dense(2, input_shape=(3,))])\n"
    ),
    "05_not_here.py": "print('never run')\n",
    "06_changed.py": "print('loss 0.500')\n",
    "07_float_noise.py": "print('loss 0.124')\n",
    "08_unseeded.py": "import numpy as np\n\nprint(np.random.rand())\n",
}
# What the snippets that get as far as printing printed when their outputs were recorded.
OUTPUTS = {
    "01_ok.py": "hello\n",
    "06_changed.py": "loss 0.700\n",
    "07_float_noise.py": "loss 0.123\n",
    "08_unseeded.py": "0.5488135039273248\n",  # np.random.seed(0); np.random.rand()
}
CHECKS = """
from shared_checks import prints
from verify import check


@check("01_ok.py")
def has_99_layers(run):
    assert len(run.globals["layers"]) == 99


prints("01_ok.py", "hello")


@check("05_not_here.py")
def never_checked(run):
    raise AssertionError("a snippet skipped on this backend is not checked")
"""
# A check made by a helper in another module registers into the lesson being loaded.
SHARED_CHECKS = """
from verify import check


def prints(snippet, text):
    @check(snippet)
    def prints_text(run):
        assert text in run.stdout
"""


def make_tree(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\naddopts = -p no:cacheprovider\n")
    pytester.makeconftest('pytest_plugins = ["verify.plugin"]')
    (pytester.path / "docs").mkdir()
    (pytester.path / LESSON).mkdir(parents=True)
    (pytester.path / "tests" / "checks").mkdir(parents=True)
    includes = "\n".join(f'--8<-- "01_demo/{name}"' for name in SNIPPETS)
    (pytester.path / PAGE).write_text(f"# Demo\n\n{includes}\n")
    for name, code in SNIPPETS.items():
        (pytester.path / LESSON / name).write_text(code)
    (pytester.path / "outputs" / "01_demo").mkdir(parents=True)
    for name, printed in OUTPUTS.items():
        stem = name.removesuffix(".py")
        (pytester.path / "outputs" / "01_demo" / f"{stem}.{BACKEND}.txt").write_text(printed)
    (pytester.path / "tests" / "checks" / "01_demo.py").write_text(CHECKS)
    (pytester.path / "shared_checks.py").write_text(SHARED_CHECKS)
    (pytester.path / "snippets" / "not_on.toml").write_text(
        f'["01_demo/05_not_here.py"]\n{BACKEND} = "why"\n'
    )


def test_each_snippet_fault_is_reported_naming_its_file(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(PROJECT.root))
    monkeypatch.setenv("SNIPPET_TIMEOUT", "2")
    make_tree(pytester)
    result = pytester.runpytest_subprocess("-rA", "snippets", timeout=120)
    result.assert_outcomes(passed=3, failed=6, skipped=2)
    result.stdout.fnmatch_lines_random(
        [
            # raises: the snippet's file and line, and the page that shows it
            f"FAILED {LESSON}/02_raises.py::run*",
            f"{LESSON}/02_raises.py:4: ZeroDivisionError*",
            f"shown on: {PAGE}",
            # hangs: stopped by the per-snippet timeout
            f"FAILED {LESSON}/03_hangs.py::run*",
            "*Timeout (>2.0s)*",
            # warns: the snippet line that led to Keras' warning
            f"FAILED {LESSON}/04_warns.py::run*",
            "*line 3: UserWarning: Do not pass an `input_shape`*",
            # a failing check shows both values it compared
            f"FAILED {LESSON}/01_ok.py::has_99_layers*",
            f"{LESSON}/01_ok.py: check 'has_99_layers' (tests/checks/01_demo.py:6) failed",
            "E       assert 3 == 99",
            # an output that changed: a short diff and the command that records it
            f"FAILED {LESSON}/06_changed.py::run*",
            f"{LESSON}/06_changed.py: OutputMismatch: printed other than "
            f"outputs/01_demo/06_changed.{BACKEND}.txt, beyond float noise*",
            f"*If the change is meant, run `make outputs SNIPPET={LESSON}/06_changed.py`",
            "-loss 0.700",
            "+loss 0.500",
            # float noise in the last printed digit passes
            f"PASSED {LESSON}/07_float_noise.py::run",
            # a snippet that draws random numbers without its own seed fails
            f"FAILED {LESSON}/08_unseeded.py::run*",
            # a check made by a helper module registers into the lesson being loaded
            f"PASSED {LESSON}/01_ok.py::prints_text",
            # not_on: skipped on this backend with its reason, checks included
            f"SKIPPED [2] {LESSON}/05_not_here.py: does not run on {BACKEND}: why",
        ]
    )


def test_compat_report_records_errors_and_drift_without_failing_on_output(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(PROJECT.root))
    make_tree(pytester)
    names = ["01_ok.py", "02_raises.py", "05_not_here.py", "06_changed.py", "07_float_noise.py"]
    paths = [f"{LESSON}/{name}" for name in names]
    result = pytester.runpytest_subprocess("--compat-report", "report.json", *paths, timeout=120)
    # 06_changed prints other output: with --compat-report that is drift, not a failure.
    result.assert_outcomes(passed=4, failed=2, skipped=2)
    report = json.loads((pytester.path / "report.json").read_text())
    assert report["backend"] == BACKEND and report["keras"]
    results = {Path(name).name: r for name, r in report["snippets"].items()}
    assert results["01_ok.py"]["result"].startswith("check has_99_layers: assert 3 == 99 +")
    assert results["02_raises.py"]["result"].startswith(
        f"{LESSON}/02_raises.py:4: ZeroDivisionError"
    )
    assert results["05_not_here.py"]["result"] == f"skipped: does not run on {BACKEND}: why"
    assert results["06_changed.py"] == {"result": "pass", "drift": True}
    assert results["07_float_noise.py"] == {"result": "pass", "drift": False}


# Registration, in this process: no Keras needed.


def demo_lesson(tmp_path, checks_code: str):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "01-demo.md").write_text("# Demo\n")
    (tmp_path / LESSON).mkdir(parents=True)
    (tmp_path / LESSON / "01_ok.py").write_text("print('hello')\n")
    (tmp_path / "tests" / "checks").mkdir(parents=True)
    (tmp_path / "tests" / "checks" / "01_demo.py").write_text(textwrap.dedent(checks_code))
    return Layout(tmp_path).lessons()[0]


def test_a_check_of_a_missing_snippet_names_both_files(tmp_path):
    lesson = demo_lesson(
        tmp_path,
        """
        from verify import check

        @check("02_missing.py")
        def anything(run):
            pass
        """,
    )
    expected = "tests/checks/01_demo.py names '02_missing.py', but snippets/01_demo/02_missing.py"
    with pytest.raises(LookupError, match=expected):
        checks.load(lesson)


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ('["01_demo/01_ok.py"]\ncntk = "x"\n', "unknown Keras backend 'cntk'.*tensorflow, jax"),
        ('["01_demo/02_gone.py"]\njax = "x"\n', "not_on.toml names '01_demo/02_gone.py', which"),
    ],
    ids=["unknown backend", "unknown snippet"],
)
def test_not_on_names_what_it_does_not_know(tmp_path, table, error):
    lesson = demo_lesson(tmp_path, "")
    (tmp_path / "snippets" / "not_on.toml").write_text(table)
    with pytest.raises(LookupError, match=error):
        lesson.not_on(lesson.snippets[0])


def test_check_outside_a_checks_module_raises():
    with pytest.raises(RuntimeError, match="registers into the lesson whose checks module"):
        checks.check("01_ok.py")
