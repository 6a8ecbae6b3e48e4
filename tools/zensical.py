"""`make zensical`: how far the site is from Zensical, Material for MkDocs' successor, measured.

Material for MkDocs reaches its end of life on 2027-05-05. Zensical reads the same mkdocs.yml
and runs Python-Markdown with pymdownx, so the project's own extension (render/) runs under
it; it runs no MkDocs hooks and no MkDocs plugins. This command builds the same tree with
Zensical (pinned, in its own environment .venv-zensical/) into .cache/zensical-site/, checks each
feature of the site on the result, prints the table, then runs the site tests on that build and
prints their count. It informs: it exits 0 unless the build itself fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from verify import site
from verify.layout import PROJECT

VERSION = "0.0.73"
# Not under .cache/: `zensical build --clean` deletes that whole folder, its cache.
VENV = PROJECT.root / f".venv-zensical-{VERSION}"
OUT = PROJECT.root / ".cache" / "zensical-site"


def page(path: str) -> str:
    file = OUT / path / "index.html"
    return file.read_text(encoding="utf-8") if file.is_file() else ""


# Feature -> (what MkDocs provides it with, whether the Zensical build has it, what replaces it).
FEATURES = {
    "Snippet lines: code, output tabs, plots (render/)": (
        "render.markdown",
        lambda: (
            'class="tabbed-set' in page("16-capstone")
            and "plots/11_validation/" in page("11-validation")
        ),
        "",
    ),
    "Highlighted lines (render/)": ("render.markdown", lambda: "hll" in page("10-fit"), ""),
    "Verified notes and versions (render/)": (
        "render.markdown",
        lambda: "ran end to end" in page("10-fit") and "Verified with" in page(""),
        "",
    ),
    "Compatibility matrix, errata blocks (render/)": (
        "render.markdown",
        lambda: "<table" in page("compatibility") and "Run as is" in page("errata"),
        "",
    ),
    "Glossary tooltips": ("pymdownx.snippets auto_append", lambda: "<abbr" in page("10-fit"), ""),
    "Glossary page's table": (
        "hook",
        lambda: page("glossary").count("<tr>") > 10,
        "a render directive, as for the matrix",
    ),
    "Keras names linked to keras.io": (
        "hook (render/api_links.py)",
        lambda: "keras.io/api" in page("10-fit"),
        "a Python-Markdown treeprocessor over the same map",
    ),
    "Notebook pages": (
        "mkdocs-jupyter",
        lambda: bool(page("notebooks/10-fit")),
        "notebooks rendered to HTML by nbconvert in `make outputs`, committed",
    ),
    "The whole course on one page": (
        "mkdocs-print-site-plugin",
        lambda: bool(page("print_page")),
        "Zensical's own print support, or a page assembled by a render directive",
    ),
    "Report link with the verified versions": (
        "hook (config.extra)",
        lambda: "Keras 3." in page("10-fit").partition("Report a problem")[0][-2000:],
        "versions written into mkdocs.yml's extra by `make outputs`",
    ),
}


def install() -> Path:
    zensical = VENV / "bin" / "zensical"
    if not zensical.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "-q"]
        subprocess.run([*pip, "--disable-pip-version-check", f"zensical=={VERSION}"], check=True)
    return zensical


def build(zensical: Path) -> subprocess.CompletedProcess:
    """Zensical builds into mkdocs.yml's site_dir: a copy of the config points it at OUT."""
    config = PROJECT.root / "mkdocs.zensical.yml"
    text = (PROJECT.root / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(f"site_dir: {OUT}\n{text}", encoding="utf-8")
    try:
        env = {**os.environ, "PYTHONPATH": str(PROJECT.root)}  # render/, for the extension
        started = time.perf_counter()
        done = subprocess.run(
            [str(zensical), "build", "-f", str(config)],
            cwd=PROJECT.root,
            env=env,
            capture_output=True,
            text=True,
        )
        report = {
            "returncode": done.returncode,
            "stderr": done.stderr,
            "tensorflow_imported": False,
            "seconds": time.perf_counter() - started,
        }
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / site.REPORT).write_text(json.dumps(report))  # so that --site can load it
        return done
    finally:
        config.unlink()


def site_tests() -> tuple[int, int]:
    """(passed, failed) of the site tests, run on the Zensical build."""
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-m", "not browser",
             "--site", str(OUT), f"--junitxml={junit}", "tests/test_site.py"],
            cwd=PROJECT.root, capture_output=True,
        )  # fmt: skip
        cases = list(ET.parse(junit).getroot().iter("testcase"))
    failed = sum(1 for c in cases if c.find("failure") is not None or c.find("error") is not None)
    return len(cases) - failed, failed


def main() -> int:
    done = build(install())
    print(done.stdout + done.stderr)
    if done.returncode:
        print(f"zensical {VERSION}: the build failed")
        return 1
    rows = [(name, how, check(), instead) for name, (how, check, instead) in FEATURES.items()]
    print(f"Zensical {VERSION} on this tree, into {PROJECT.relative(OUT)}/:\n")
    print("| Feature | Under MkDocs | Zensical | What replaces it |")
    print("| --- | --- | --- | --- |")
    for name, how, works, instead in rows:
        print(f"| {name} | {how} | {'passes' if works else 'missing'} | {instead or '-'} |")
    passed, failed = site_tests()
    print(f"\nThe site tests on the Zensical build: {passed} passed, {failed} failed")
    missing = [name for name, _, works, _ in rows if not works]
    print(f"{len(rows) - len(missing)}/{len(rows)} features pass; missing: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
