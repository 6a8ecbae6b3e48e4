"""`make bench`: what verifying every snippet costs, as ratios measured in one run.

Per backend (TensorFlow, JAX):
- suite: `pytest snippets` as `make test` runs it, with xdist workers and in one process;
- lower bound: one interpreter importing Keras once and running every snippet back to back.
For TensorFlow also the naive way: one fresh interpreter per snippet, paying the import each time.
Then the whole of `make test` from a warm .venv, against the snippet runs of both backends, and
`make robust` (every snippet under each kernel cap), against as many suite runs as it runs caps.
Then the strict build's time, and a fresh install's. (Each page's weight is a test: make audit.)
Each figure with a bar is printed with it; the command exits 1 when one is missed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from tools import robust
from verify import backends
from verify.layout import PROJECT

ROOT = PROJECT.root
WORKERS = os.environ.get("WORKERS", "2")
BACKENDS = [b.name for b in backends.required()]

# The runner the suite uses (fresh state, seeds, a temporary directory), minus pytest.
BACK_TO_BACK = """
import sys, tempfile
from pathlib import Path
import keras
from verify.runner import run_snippet
for path in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as workdir:
        run_snippet(Path(path), Path(workdir))
"""


def timed(command: list[str], backend: str, cwd=ROOT) -> float:
    env = {**os.environ, "KERAS_BACKEND": backend, "TF_CPP_MIN_LOG_LEVEL": "2"}
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def install_seconds(cache: str | None) -> float:
    """A fresh install of the test group as `make test` does it (uv sync of uv.lock) into an
    empty environment; with ``cache``, an empty uv cache there (a cold machine)."""
    uv = next((ROOT / ".cache").glob("uv-*/bin/uv"))
    with tempfile.TemporaryDirectory(prefix="install-") as tmp:
        env = {
            **os.environ,
            "UV_PROJECT_ENVIRONMENT": f"{tmp}/venv",
            "UV_PYTHON_DOWNLOADS": "never",
        }
        if cache:
            env["UV_CACHE_DIR"] = f"{tmp}/{cache}"
        started = time.perf_counter()
        sync = [
            str(uv),
            "sync",
            "--frozen",
            "--quiet",
            "--python",
            sys.executable,
            "--group",
            "test",
        ]
        subprocess.run(sync, cwd=ROOT, env=env, check=True)
        return time.perf_counter() - started


class Bars:
    """Figures compared with their bars; a miss makes `make bench` exit 1."""

    def __init__(self):
        self.missed: list[str] = []

    def report(self, label: str, value: float, bar: float, unit: str = "", *, at_least=False):
        ok = value >= bar if at_least else value <= bar
        sign = ">=" if at_least else "<="
        line = f"{label} = {value:.2f}{unit} (bar {sign} {bar}{unit})"
        print(("ok    " if ok else "MISSED ") + line, flush=True)
        if not ok:
            self.missed.append(line)


def main() -> int:
    snippets = [str(p) for p in PROJECT.snippet_files()]
    pytest = [sys.executable, "-m", "pytest", "-q", "snippets"]
    print(f"{len(snippets)} snippets, {os.cpu_count()} CPUs", flush=True)
    rows: dict[str, float] = {}
    for backend in BACKENDS:
        measures = {
            f"suite, {WORKERS} xdist workers (make test)": [
                *pytest,
                "-n",
                WORKERS,
                "--dist",
                "loadfile",
            ],
            "suite, one process": [*pytest, "-p", "no:xdist"],
            "lower bound: one interpreter": [sys.executable, "-c", BACK_TO_BACK, *snippets],
        }
        for name, command in measures.items():
            rows[f"{backend}: {name}"] = timed(command, backend)
            print(f"  {backend}: {name}: {rows[f'{backend}: {name}']:.1f} s", flush=True)

    # The whole of `make test` (a warm .venv: nothing to install) against its snippet runs.
    make_test = timed(["make", "test"], backends.PRIMARY.name)
    print(f"  make test: {make_test:.1f} s", flush=True)
    # `make robust`: the snippet runs again, once per kernel cap of each backend.
    make_robust = timed(["make", "robust"], backends.PRIMARY.name)
    levels = robust.processor_levels()
    caps = {b: len(robust.runs(backends.get(b), levels)) for b in BACKENDS}
    print(f"  make robust ({sum(caps.values())} capped runs): {make_robust:.1f} s", flush=True)

    with tempfile.TemporaryDirectory() as workdir:
        naive = 0.0
        for i, snippet in enumerate(snippets, 1):
            naive += timed([sys.executable, snippet], "tensorflow", cwd=workdir)
            print(f"  tensorflow: naive {i}/{len(snippets)}", end="\r", flush=True)
    rows["tensorflow: naive: one interpreter per snippet"] = naive

    print(f"\n{'':56} {'seconds':>8} {'x lower bound':>14}")
    for name, seconds in rows.items():
        lower = rows[f"{name.split(':')[0]}: lower bound: one interpreter"]
        print(f"{name:56} {seconds:8.1f} {seconds / lower:14.2f}")

    suite = {b: rows[f"{b}: suite, {WORKERS} xdist workers (make test)"] for b in BACKENDS}
    lower = {b: rows[f"{b}: lower bound: one interpreter"] for b in BACKENDS}
    print()
    bars = Bars()
    for backend in BACKENDS:
        bars.report(f"{backend}: suite / lower bound", suite[backend] / lower[backend], 1.2)
    bars.report("tensorflow: naive / suite", naive / suite["tensorflow"], 4, at_least=True)
    bars.report("make test / snippet runs of both backends", make_test / sum(suite.values()), 1.5)
    bars.report("make test", make_test, 300, " s")
    # Each capped run is a snippet run like make test's: about one suite per cap.
    per_cap = make_robust / sum(suite[b] * caps[b] for b in BACKENDS)
    bars.report("make robust / its capped runs at suite speed", per_cap, 1.3)
    both = sum(suite.values()) / sum(lower.values())
    bars.report("both backends: suites / sum of lower bounds", both, 1.2)
    with tempfile.TemporaryDirectory() as site_dir:
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", site_dir]
        bars.report("mkdocs build --strict", timed(build, "tensorflow"), 5, " s")

    # Information, no bar: the network and the disk set these more than the project does.
    print(f"info  install of the test group, warm uv cache = {install_seconds(None):.1f} s")
    print(f"info  install of the test group, empty uv cache = {install_seconds('cache'):.1f} s")
    if bars.missed:
        print(f"{len(bars.missed)} bar(s) missed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
