"""The built site: one strict build, and the list of its pages.

``make test`` builds once (``python -m verify.site DIR``) and hands DIR to every pytest run
(``--site DIR``); without it, the tests' ``built_site`` fixture builds into a temporary folder.
The tests serve it and drive Chromium with tests/support/browser.py.
The build runs in a fresh interpreter, as ``mkdocs build --strict`` does, and records whether
anything pulled TensorFlow in: building the site must not need it.

    python -m verify.site DIR    # strict build into DIR, with its report DIR/.build.json
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from verify.layout import PROJECT, Layout

REPORT = ".build.json"  # MkDocs keeps dot files when it cleans the site folder
# The printable course: mkdocs-print-site-plugin makes it from every page in the navigation.
PRINT_PAGE = "print_page/"
# One page of each template: `make test` drives these in a browser, `make audit` every page.
TEMPLATE_PAGES = [
    "",  # home
    "03-instantiate-a-model/",  # lesson
    "11-validation/",  # lesson with plots, and outputs inside an admonition
    "notebooks/11-validation/",  # notebook
    "errata/",  # errata: the original blocks and their errors
]  # and not PRINT_PAGE: every page joined, it takes `make test` half a minute; `make audit` has it

_BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config(sys.argv[1], strict=True, site_dir=sys.argv[2]))
print("tensorflow imported:", "tensorflow" in sys.modules)
"""


@dataclasses.dataclass
class Build:
    site_dir: Path
    returncode: int
    stderr: str
    tensorflow_imported: bool
    seconds: float

    def failure(self) -> str:
        return f"mkdocs build --strict failed:\n{self.stderr[-3000:]}"


def build(site_dir: Path, layout: Layout = PROJECT) -> Build:
    """`mkdocs build --strict` of ``layout`` into ``site_dir``; the report is saved beside it."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _BUILD, str(layout.root / "mkdocs.yml"), str(site_dir)],
        capture_output=True,
        text=True,
        cwd=layout.root,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": os.environ.get("PATH", "/usr/bin:/bin")},
    )
    done = Build(
        site_dir,
        result.returncode,
        result.stderr,
        "tensorflow imported: True" in result.stdout,
        time.perf_counter() - started,
    )
    site_dir.mkdir(parents=True, exist_ok=True)
    report = {k: v for k, v in dataclasses.asdict(done).items() if k != "site_dir"}
    (site_dir / REPORT).write_text(json.dumps(report, indent=2) + "\n")
    return done


def load_build(site_dir: Path) -> Build:
    """The build that :func:`build` made into ``site_dir``."""
    report = site_dir / REPORT
    if not report.is_file():
        raise FileNotFoundError(f"{report} is missing: build with `python -m verify.site DIR`")
    return Build(site_dir, **json.loads(report.read_text()))


def page_paths(layout: Layout = PROJECT) -> list[str]:
    """URL path of every page built from docs/ (Markdown, and notebooks via mkdocs-jupyter),
    and of the printable course made from them."""
    sources = [*layout.docs.rglob("*.md"), *(layout.docs / "notebooks").glob("*.ipynb")]
    paths = [page_path(source.relative_to(layout.docs).as_posix()) for source in sources]
    return sorted([PRINT_PAGE, *paths])


def page_path(source: str) -> str:
    """URL path of the page built from docs/<source>: 10-fit.md -> 10-fit/, index.md -> ''."""
    page = source.rsplit(".", 1)[0]
    return "" if page == "index" else page.removesuffix("/index") + "/"


def built_pages(site_dir: Path) -> list[str]:
    """URL path of every index.html of a built site (404.html is not a page)."""
    found = [p.parent.relative_to(site_dir).as_posix() + "/" for p in site_dir.rglob("index.html")]
    return sorted("" if p == "./" else p for p in found)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m verify.site DIR", file=sys.stderr)
        return 2
    done = build(Path(argv[0]).resolve())
    if done.returncode:
        print(done.failure(), file=sys.stderr)
        return 1
    print(f"strict build into {argv[0]} in {done.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
