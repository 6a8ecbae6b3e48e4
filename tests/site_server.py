"""The built site on a local server, for the browser tests and the bench.

`build()` runs `mkdocs build --strict`, `serve()` serves the result on 127.0.0.1 (a free port),
`page_paths()` names every page the build makes, and `heaviest_page()` reports the page that
transfers the most bytes, gzip-compressed as a static host serves it.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests import pages

ROOT = pages.ROOT
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


def build(site_dir: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into site_dir; the caller checks returncode."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def page_paths() -> list[str]:
    """URL path of every page built from docs/ (Markdown, and notebooks via mkdocs-jupyter)."""
    sources = [*pages.DOCS.rglob("*.md"), *(pages.DOCS / "notebooks").glob("*.ipynb")]
    paths = []
    for source in sources:
        page = source.relative_to(pages.DOCS).with_suffix("").as_posix()
        paths.append("" if page == "index" else page.removesuffix("/index") + "/")
    return sorted(paths)


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


def page_weights(browser, base_url: str) -> dict[str, int]:
    return {path: page_weight(browser, base_url + path) for path in page_paths()}


def heaviest_page() -> tuple[str, int]:
    """(URL path, gzip bytes) of the heaviest page of a fresh strict build; for the bench."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="site-") as tmp:
        result = build(Path(tmp))
        if result.returncode:
            raise RuntimeError(f"mkdocs build --strict failed:\n{result.stderr[-3000:]}")
        with serve(Path(tmp)) as base_url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            weights = page_weights(browser, base_url)
            browser.close()
    return max(weights.items(), key=lambda item: item[1])
