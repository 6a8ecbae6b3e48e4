"""`make bench`: what verifying every snippet costs, as ratios measured in one run.

Per backend (TensorFlow, JAX):
- suite: `pytest snippets` as `make test` runs it, with xdist workers and in one process;
- lower bound: one interpreter importing Keras once and running every snippet back to back.
For TensorFlow also the naive way: one fresh interpreter per snippet, paying the import each time.
Then the strict build's time, and the heaviest page of the site as a static host would serve it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from tests.pages import ROOT, snippet_files

WORKERS = os.environ.get("WORKERS", "2")
BACKENDS = ["tensorflow", "jax"]

# The runner the suite uses (fresh state, seeds, a temporary directory), minus pytest.
BACK_TO_BACK = """
import sys, tempfile
from pathlib import Path
import keras
from tests.snippet_runner import run_snippet
for path in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as workdir:
        run_snippet(Path(path), Path(workdir))
"""


def timed(command: list[str], backend: str, cwd=ROOT) -> float:
    env = {**os.environ, "KERAS_BACKEND": backend, "TF_CPP_MIN_LOG_LEVEL": "2"}
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    snippets = [str(p) for p in snippet_files()]
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
    for backend in BACKENDS:
        print(
            f"{backend}: suite / lower bound = {suite[backend] / lower[backend]:.2f} (bar <= 1.2)"
        )
    print(f"tensorflow: naive / suite = {naive / suite['tensorflow']:.1f} (bar >= 4)")
    both = sum(suite.values()) / sum(lower.values())
    print(f"both backends: suites / sum of lower bounds = {both:.2f} (bar <= 1.2)")
    with tempfile.TemporaryDirectory() as site:
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", site]
        print(f"mkdocs build --strict: {timed(build, 'tensorflow'):.1f} s (bar 5 s)")

    from tests.site_server import heaviest_page

    path, size = heaviest_page()
    print(f"heaviest page: /{path} transfers {size / 1024:.0f} KB gzip-compressed (bar 500 KB)")


if __name__ == "__main__":
    main()
