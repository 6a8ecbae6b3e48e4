"""The built site: one strict build, served on 127.0.0.1, with the page list and page weight.

``make test`` builds once (``python -m verify.site DIR``) and hands DIR to every pytest run
(``--site DIR``); without it, the tests' ``built_site`` fixture builds into a temporary folder.
The build runs in a fresh interpreter, as ``mkdocs build --strict`` does, and records whether
anything pulled TensorFlow in: building the site must not need it.

    python -m verify.site DIR    # strict build into DIR, with its report DIR/.build.json
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from verify.layout import PROJECT, Layout

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # make test installs this one
# Root needs --no-sandbox; the rest keeps Chromium from calling Google (refused here).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
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


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves text gzip-compressed when the browser accepts it, as static hosts do."""

    COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".ipynb", ".txt", ".xml"}

    def do_GET(self):  # noqa: N802 - the base class's name
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.suffix in self.COMPRESSED and path.is_file()):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve site_dir on 127.0.0.1 at a free port; yields the base URL, ending in '/'."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=site_dir))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def gzip_size(body: bytes) -> int:
    """Bytes on the wire from a static host that gzips (level 6) what gzip makes smaller."""
    return min(len(body), len(gzip.compress(body, compresslevel=6)))


def page_weight(browser, url: str) -> int:
    """Gzip-compressed bytes of every response the page loads, until the network is idle."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    total = sum(gzip_size(r.body()) for r in responses if r.ok and r.status != 204)
    context.close()
    return total


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


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
