"""`make bench`: what verifying every snippet costs, as ratios measured in one run.

- suite: `pytest snippets` as `make test` runs it (with and without xdist workers);
- lower bound: one interpreter importing Keras once and running every snippet back to back;
- naive: one fresh interpreter per snippet (`python snippet.py`), paying the import each time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from tests.pages import ROOT, snippet_files

WORKERS = os.environ.get("WORKERS", "2")
ENV = {**os.environ, "KERAS_BACKEND": "tensorflow", "TF_CPP_MIN_LOG_LEVEL": "2"}

BACK_TO_BACK = """
import contextlib, io, os, runpy, sys, tempfile
import keras
for path in sys.argv[1:]:
    keras.backend.clear_session()
    keras.utils.set_random_seed(0)
    with tempfile.TemporaryDirectory() as workdir:
        os.chdir(workdir)
        with contextlib.redirect_stdout(io.StringIO()):
            runpy.run_path(path, run_name="__main__")
"""


def timed(command: list[str], cwd=ROOT) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    snippets = [str(p) for p in snippet_files()]
    pytest = [sys.executable, "-m", "pytest", "-q", "snippets"]
    print(f"{len(snippets)} snippets, {os.cpu_count()} CPUs", flush=True)

    rows = {}
    rows[f"suite, {WORKERS} xdist workers"] = timed([*pytest, "-n", WORKERS, "--dist", "loadfile"])
    print("  measured the suite with xdist", flush=True)
    rows["suite, one process"] = timed([*pytest, "-p", "no:xdist"])
    print("  measured the suite in one process", flush=True)
    rows["lower bound: one interpreter"] = timed([sys.executable, "-c", BACK_TO_BACK, *snippets])
    print("  measured the lower bound", flush=True)
    with tempfile.TemporaryDirectory() as workdir:
        naive = 0.0
        for i, snippet in enumerate(snippets, 1):
            naive += timed([sys.executable, snippet], cwd=workdir)
            print(f"  naive: {i}/{len(snippets)}", end="\r", flush=True)
    rows["naive: one interpreter per snippet"] = naive

    lower = rows["lower bound: one interpreter"]
    suite = min(rows[f"suite, {WORKERS} xdist workers"], rows["suite, one process"])
    print(f"\n{'':38} {'seconds':>8} {'x lower bound':>14}")
    for name, seconds in rows.items():
        print(f"{name:38} {seconds:8.1f} {seconds / lower:14.2f}")
    print(
        f"\nsuite (best) / lower bound = {suite / lower:.2f}  (bar: <= 1.2)"
        f"\nnaive / suite (best)       = {naive / suite:.1f}  (bar: >= 4)"
    )


if __name__ == "__main__":
    main()
