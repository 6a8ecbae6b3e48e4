"""`make robust`: every snippet under kernel caps that emulate older x86-64 processors.

A reader's processor picks other CPU kernels than the machine that wrote the outputs, and a
result that hangs on float rounding then prints another number. Each backend can be told to
use no instruction newer than a given level (the caps of :mod:`verify.backends`: oneDNN's
``ONEDNN_MAX_CPU_ISA`` for TensorFlow, ``XLA_FLAGS=--xla_cpu_max_isa`` for JAX), which makes
this machine pick the kernels of an older processor. For each backend and cap this runs
``pytest snippets`` as `make test` does (checks and comparison with the committed outputs,
which stay the ones compared), in one pytest process, and ends with a table.

    python -m tools.robust [snippets/NN_slug/NN_name.py ...]

Backends come from ``BACKENDS`` (default: every installed one). Exits 1 when any run fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from verify import backends
from verify.layout import PROJECT

WORKERS = os.environ.get("WORKERS", "2")
# /proc/cpuinfo flag -> the level it gives, oldest first; a cap at or above the processor's
# newest level changes nothing.
LEVELS = {
    "sse4_1": "SSE4.1",
    "sse4_2": "SSE4.2",
    "avx": "AVX",
    "avx2": "AVX2",
    "avx_vnni": "AVX2-VNNI",
    "avx512f": "AVX-512",
}
# A cap's level as the backends write it -> the same level in LEVELS ("default": none of them).
CAP_LEVELS = {"SSE41": "SSE4.1", "SSE4_2": "SSE4.2", "avx2": "AVX2", "default": ""}


def processor_levels() -> list[str]:
    """The x86-64 levels this processor has, from /proc/cpuinfo (empty elsewhere)."""
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return []
    flags = next(
        (
            line.split(":", 1)[1].split()
            for line in cpuinfo.splitlines()
            if line.startswith("flags")
        ),
        [],
    )
    return [level for flag, level in LEVELS.items() if flag in flags]


def runs(backend: backends.Backend, levels: list[str]) -> list[str]:
    """The caps of ``backend`` that change something on a processor with ``levels``: a cap at or
    above its newest level picks the kernels `make test` already ran (all of them run when the
    levels are unknown)."""
    order = ["", *LEVELS.values()]
    if not levels:
        return list(backend.caps)
    newest = order.index(levels[-1])
    return [cap for cap in backend.caps if order.index(CAP_LEVELS.get(cap, cap)) < newest]


def failed_snippets(junit: Path) -> tuple[int, list[str]]:
    """(number of test items, sorted failing snippet files) from pytest's JUnit XML report."""
    root = ET.parse(junit).getroot()
    cases = root.iter("testcase")
    items, failed = 0, set()
    for case in cases:
        items += 1
        if case.find("failure") is not None or case.find("error") is not None:
            failed.add(case.get("file") or case.get("classname", "?").replace(".", "/") + ".py")
    return items, sorted(failed)


def run_capped(backend: backends.Backend, level: str, selected: list[str], junit: Path):
    env = backend.cap_env(level, {**os.environ, "KERAS_BACKEND": backend.name})
    command = [
        sys.executable, "-m", "pytest", "-q", "-n", WORKERS, "--dist", "loadfile",
        f"--junitxml={junit}", *(selected or ["snippets"]),
    ]  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(command, cwd=PROJECT.root, env=env)
    return done.returncode, time.perf_counter() - started


def main(selected: list[str]) -> int:
    chosen = backends.chosen()
    levels = processor_levels()
    rows = []
    with tempfile.TemporaryDirectory(prefix="robust-") as tmp:
        for backend in chosen:
            if not backend.installed:
                print(f"=== {backend.name}: not installed, not run ===", flush=True)
                continue
            running = runs(backend, levels)
            for level in backend.caps:
                cap = f"{backend.cap_variable}={backend.cap_env(level, {})[backend.cap_variable]}"
                if level not in running:
                    skipped = f"{backend.name} under {cap}: not run, this processor's own level"
                    print(f"=== {skipped} ===", flush=True)
                    rows.append((backend.name, cap, None, [], 0.0))
                    continue
                print(f"=== {backend.name} under {cap} ===", flush=True)
                junit = Path(tmp) / f"{backend.name}-{level}.xml"
                returncode, seconds = run_capped(backend, level, selected, junit)
                items, failed = failed_snippets(junit) if junit.is_file() else (0, ["(no report)"])
                if returncode and not failed:
                    failed = [f"(pytest exited {returncode})"]
                rows.append((backend.name, cap, items, failed, seconds))

    print("\nEvery snippet under kernel caps (checks and committed outputs, as in make test)")
    print(
        f"This processor: {', '.join(levels) or 'unknown'}; a cap at or above its newest level "
        "would run the kernels make test ran, and is not run."
    )
    print(
        f"{'backend':11} {'cap':38} {'items':>5} {'failed':>6} {'seconds':>7}  snippets that moved"
    )
    for name, cap, items, failed, seconds in rows:
        if items is None:
            print(f"{name:11} {cap:38} {'-':>5} {'-':>6} {'-':>7}  not run: this processor's level")
            continue
        moved = ", ".join(failed) or "-"
        print(f"{name:11} {cap:38} {items:5} {len(failed):6} {seconds:7.0f}  {moved}")
    ran = [row for row in rows if row[2] is not None]
    missed = sum(1 for row in ran if row[3])
    total = sum(row[4] for row in ran)
    print(
        f"{len(ran) - missed}/{len(ran)} capped runs passed, in {total:.0f} s "
        f"({len(rows) - len(ran)} caps at this processor's own level not run)"
    )
    return 1 if missed or not ran else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
