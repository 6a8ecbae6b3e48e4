"""`make reader`: run every snippet as a reader would, and compare it with what its page shows.

Each snippet runs in a fresh interpreter, ``python file.py`` in an empty folder: no plugin, no
seeding, nothing imported beforehand. What it prints is compared with its committed output for
that backend, with the comparison every test run uses (:mod:`verify.compare`). Snippets run in
parallel, one per CPU; backends come from ``BACKENDS`` (default: every installed one).

    python -m tools.reader [snippets/NN_slug/NN_name.py ...]

Exits 1 when any output differs beyond float noise, or when a run fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from verify import backends
from verify.compare import differences
from verify.layout import PROJECT


def run_as_reader(snippet: Path, backend: str) -> str | None:
    """None when the snippet printed its committed output on ``backend``; else what differs."""
    env = {**os.environ, "KERAS_BACKEND": backend}
    with tempfile.TemporaryDirectory(prefix="reader-") as workdir:
        result = subprocess.run(
            [sys.executable, str(snippet)], cwd=workdir, env=env, capture_output=True, text=True
        )
    if result.returncode:
        return f"exited {result.returncode}:\n{result.stderr[-2000:]}"
    committed = PROJECT.lesson_of(snippet).output(snippet, backend)
    if not committed.is_file():
        return f"{PROJECT.relative(committed)} is missing"
    return differences(committed.read_text(encoding="utf-8"), result.stdout)


def chosen_backends() -> list[backends.Backend]:
    chosen = backends.chosen()
    for backend in chosen:
        if not backend.installed:
            print(f"{backend.name}: not installed, not run")
    return [b for b in chosen if b.installed]


def main(selected: list[str]) -> int:
    snippets = [PROJECT.root / s for s in selected] or PROJECT.snippet_files()
    jobs = []
    for backend in chosen_backends():
        for snippet in snippets:
            reason = PROJECT.lesson_of(snippet).not_on(snippet).get(backend.name)
            if reason:
                print(f"{backend.name}: {PROJECT.relative(snippet)} not run: {reason}")
            else:
                jobs.append((backend.name, snippet))
    started = time.perf_counter()
    failures: dict[str, list[str]] = {}
    matched: dict[str, int] = {}
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        results = pool.map(lambda job: run_as_reader(job[1], job[0]), jobs)
        for i, ((backend, snippet), problem) in enumerate(zip(jobs, results), 1):
            name = PROJECT.relative(snippet)
            print(f"[{i}/{len(jobs)}] {backend} {name}: {'ok' if not problem else 'DIFFERS'}")
            if problem:
                failures.setdefault(backend, []).append(f"{name}\n{problem}")
            else:
                matched[backend] = matched.get(backend, 0) + 1
    print(f"\nRun as a reader would, in {time.perf_counter() - started:.0f} s:")
    for backend in dict.fromkeys(b for b, _ in jobs):
        ran = sum(1 for b, _ in jobs if b == backend)
        print(f"  {backend}: {matched.get(backend, 0)}/{ran} printed what the page shows")
    for backend, problems in failures.items():
        for problem in problems:
            print(f"\n{backend}: {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
