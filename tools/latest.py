"""`make latest`: the snippets on the newest Keras, TensorFlow and JAX, ignoring the pins.

Installs the newest releases into .venv-latest/ (upgraded on every run), verifies every snippet
with its checks on each required backend, and compares what each prints with its committed
output. Writes .cache/latest/report.md: the versions, then per backend what broke (the first
error) and what prints something else now. Exits 1 when anything broke or changed, so that the
scheduled workflow (.github/workflows/latest.yml) opens an issue with the report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from tools.compat import ROOT, harness_pins, run_snippets
from verify import backends
from verify.compatibility import DRIFT, FAIL, cell
from verify.layout import PROJECT

VENV = ROOT / ".venv-latest"
REPORTS = ROOT / ".cache" / "latest"


def install() -> dict[str, str]:
    """The newest Keras and backends (pre-releases excluded); their versions."""
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    packages = ["keras", *(p for b in backends.required() for p in (b.package, *b.companions))]
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-U"]
    subprocess.run([*pip, *packages, *harness_pins()], check=True)
    show = (
        "import importlib.metadata as m, json, sys; "
        "print(json.dumps({p: m.version(p) for p in sys.argv[1:]}))"
    )
    versions = subprocess.run(
        [str(python), "-c", show, *packages], check=True, capture_output=True, text=True
    )
    return json.loads(versions.stdout)


def summary(backend: backends.Backend, results: dict) -> tuple[int, list[str]]:
    """How many snippets broke or changed on one backend, and the report's lines about them."""
    broke = {s: r["result"] for s, r in results.items() if cell(r) == FAIL}
    changed = [s for s, r in results.items() if cell(r) == DRIFT]
    passed = len(results) - len(broke)
    print(f"{backend.display}: {passed}/{len(results)} pass, {len(changed)} print other output")
    lines = [
        f"## {backend.display}",
        "",
        f"{passed} of {len(results)} snippets pass their checks; {len(changed)} of them print "
        "other output than their page shows.",
        "",
        *[f"- broke: `{snippet}`: {error}" for snippet, error in broke.items()],
        *[f"- prints other output: `{snippet}`" for snippet in changed],
        "",
    ]
    return len(broke) + len(changed), lines


def main() -> int:
    started = time.perf_counter()
    versions = install()
    installed = ", ".join(f"{package} {version}" for package, version in versions.items())
    print(f"newest: {installed}", flush=True)
    lines = ["# The snippets on the newest releases", "", f"Installed: {installed}.", ""]
    problems = 0
    # BACKENDS="jax" for one (the workflow runs one backend per job).
    wanted = os.environ.get("BACKENDS", "").split()
    for backend in [b for b in backends.required() if not wanted or b.name in wanted]:
        report = REPORTS / f"{backend.name}.json"
        run_snippets(VENV / "bin" / "python", backend.name, report, [])
        found, about = summary(backend, json.loads(report.read_text())["snippets"])
        problems += found
        lines += about
    lines.append(f"Took {time.perf_counter() - started:.0f} s.")
    target = REPORTS / "report.md"
    target.write_text("\n".join(lines) + "\n")
    print(f"wrote {PROJECT.relative(target)}: {problems} snippet(s) broke or changed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
