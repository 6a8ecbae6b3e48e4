"""`make compat`: on which Keras releases each snippet works, measured rather than guessed.

Each release of RELEASES gets its own cached virtual environment, .venv-compat/<name>/, with the
TensorFlow or JAX release that was current when that Keras came out, and verifies every snippet
with its checks there (``pytest snippets --compat-report``, xdist workers in parallel). Outputs
are not compared, since another release may print other numbers: a drift is information. The
pinned release needs no run here: ``make outputs`` records it in outputs/verified/.

    python -m tools.compat [--release NAME] [snippets/...]  # verify, then merge into the record
    python -m tools.compat --list                          # the release names (CI matrix)
    python -m tools.compat --merge REPORT...               # merge reports made elsewhere (CI)

The record, outputs/compat.json, holds per snippet and release "pass", "skipped: ..." or the
first error line, whether the output drifted, and the sha256 of the snippet that ran. The site
build renders from it the Compatibility page's matrix and each page's measured range (render).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from render import compatibility as rendered
from verify import backends, compatibility, records
from verify.layout import PROJECT

ROOT = PROJECT.root
VENVS = ROOT / ".venv-compat"
REPORTS = ROOT / ".cache" / "compat"
WORKERS = os.environ.get("WORKERS", "2")
# What the runner needs besides Keras, at the versions `make test` uses (uv.lock).
HARNESS = ("pytest", "pytest-xdist", "pytest-timeout", "matplotlib", "PyYAML", "scikit-learn")


@dataclasses.dataclass(frozen=True)
class Release:
    keras: str
    backend: str  # KERAS_BACKEND
    backend_version: str  # the release of its package that was current when this Keras came out
    released: str  # the day this Keras release reached PyPI

    @property
    def name(self) -> str:
        return f"keras-{self.keras}-{self.backend}"

    @property
    def packages(self) -> list[str]:
        backend = backends.get(self.backend)
        return [f"{p}=={self.backend_version}" for p in (backend.package, *backend.companions)]


# At least one Keras 3 release a year up to the pinned one, each with the TensorFlow (or JAX)
# release of its time; dates from PyPI's upload times. The pinned release is not listed.
RELEASES = (
    Release("3.0.2", "tensorflow", "2.15.0.post1", "2023-12-21"),
    Release("3.3.3", "tensorflow", "2.16.1", "2024-04-26"),
    Release("3.7.0", "tensorflow", "2.18.0", "2024-11-26"),
    Release("3.9.2", "tensorflow", "2.19.0", "2025-04-02"),
    Release("3.12.0", "tensorflow", "2.20.0", "2025-10-27"),
    Release("3.14.0", "tensorflow", "2.21.0", "2026-04-03"),
    Release("3.14.0", "jax", "0.9.2", "2026-04-03"),
)


def locked() -> dict[str, str]:
    """Each package of uv.lock (by its lower-case name) -> its locked version."""
    packages = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))["package"]
    return {package["name"]: package["version"] for package in packages}


def harness_pins() -> list[str]:
    versions = locked()
    return [f"{name.lower()}=={versions[name.lower()]}" for name in HARNESS]


def environment(release: Release) -> Path:
    """The release's virtual environment, made once and kept while its pins stay the same."""
    venv = VENVS / release.name
    python = venv / "bin" / "python"
    # The backend first, then Keras: TensorFlow 2.15 itself requires Keras 2, and this is how
    # Keras 3.0 was installed over it at the time.
    steps = [[*release.packages, *harness_pins()], [f"keras=={release.keras}"]]
    stamp = venv / ".installed"
    if stamp.is_file() and json.loads(stamp.read_text()) == steps:
        return python
    shutil.rmtree(venv, ignore_errors=True)
    print(f"  creating {PROJECT.relative(venv)}", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    for step in steps:
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *step]
        subprocess.run(pip, check=True)
    stamp.write_text(json.dumps(steps))
    return python


def verify(release: Release, snippets: list[str]) -> Path:
    """Verify the snippets on one release; the path of its report."""
    report = REPORTS / f"{release.name}.json"
    return run_snippets(environment(release), release.backend, report, snippets)


def run_snippets(python: Path, backend: str, report: Path, snippets: list[str]) -> Path:
    """``pytest --compat-report`` in another environment: checks, but no output comparison."""
    command = [
        *(str(python), "-m", "pytest", "-q", "-n", WORKERS, "--dist", "loadfile"),
        # Not the project's addopts: pytest-codeblocks and the site tests are not installed.
        *("-o", "addopts=", "-p", "no:cacheprovider", "--compat-report", str(report)),
        *(snippets or ["snippets"]),
    ]
    env = {**os.environ, "KERAS_BACKEND": backend, "TF_CPP_MIN_LOG_LEVEL": "2"}
    report.unlink(missing_ok=True)
    # Failing snippets are the measurement, not an error of this command.
    subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False)
    if not report.is_file():
        raise RuntimeError(f"{PROJECT.relative(python)}: pytest wrote no report")
    return report


def merge(reports: list[Path]) -> dict:
    """Fold reports into outputs/compat.json; results of deleted snippets and releases go."""
    record = compatibility.load()
    known = {release.name for release in RELEASES}
    for path in reports:
        report = json.loads(path.read_text())
        name = f"keras-{report['keras']}-{report['backend']}"
        if name not in known:
            raise LookupError(f"{path}: {name} is not in tools/compat.py's RELEASES")
        for snippet, result in report["snippets"].items():
            result["sha256"] = records.sha256(ROOT / snippet)
            record.setdefault(snippet, {})[name] = result
    releases = {r.name: dataclasses.asdict(r) for r in RELEASES}
    snippets = {
        snippet: {name: results[name] for name in releases if name in results}
        for snippet, results in sorted(record.items())
        if (ROOT / snippet).is_file()
    }
    compatibility.save(releases, snippets)
    return snippets


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="append", help="one release name (repeatable)")
    parser.add_argument("--list", action="store_true", help="print the release names as JSON")
    parser.add_argument("--merge", nargs="+", type=Path, help="merge these reports, run nothing")
    parser.add_argument("snippets", nargs="*", help="only these snippets")
    args = parser.parse_args(argv)
    if args.list:
        print(json.dumps([release.name for release in RELEASES]))
        return 0
    if args.merge:  # CI's merge job: the record, and the matrix for the run's summary
        merge(args.merge)
        refresh_notebooks()
        print(rendered.matrix())
        return 0
    chosen = [r for r in RELEASES if not args.release or r.name in args.release]
    unknown = set(args.release or []) - {r.name for r in RELEASES}
    if unknown:
        parser.error(f"unknown release {sorted(unknown)}; see --list")
    reports = []
    for i, release in enumerate(chosen, 1):
        started = time.perf_counter()
        print(f"[{i}/{len(chosen)}] {release.name} ({release.backend_version})", flush=True)
        reports.append(verify(release, args.snippets))
        results = json.loads(reports[-1].read_text())["snippets"].values()
        cells = [compatibility.cell(r) for r in results]
        passed = sum(c in (compatibility.PASS, compatibility.DRIFT) for c in cells)
        drift = cells.count(compatibility.DRIFT)
        print(
            f"      {passed}/{len(results)} snippets pass ({drift} print other output), "
            f"{time.perf_counter() - started:.0f} s",
            flush=True,
        )
    merge(reports)
    print(f"wrote {PROJECT.relative(compatibility.RECORD)}; the site build renders it")
    refresh_notebooks()
    return 0


def refresh_notebooks() -> None:
    """Each notebook's first cell states its lesson's measured range: rewrite those it changed,
    so that the record and the notebooks are committed together."""
    from tools import notebooks

    changed = [lesson for lesson in PROJECT.lessons() if notebooks.refresh_first_cell(lesson)]
    for lesson in changed:
        print(f"rewrote the first cell of {PROJECT.relative(lesson.notebook)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
