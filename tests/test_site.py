"""Site integrity: the strict build passes, every snippet is shown, every shown block was run."""

from __future__ import annotations

import resource
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pytest_codeblocks import extract_from_file

from tests import pages

ROOT = pages.ROOT
ERRATA_ORIGINALS = ROOT / "errata" / "originals"
BUILD_SECONDS = 5.0

# Builds in a fresh interpreter, as `mkdocs build --strict` does, and reports whether
# anything pulled TensorFlow in: building the site must not need it.
BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config(sys.argv[1], strict=True, site_dir=sys.argv[2]))
print("tensorflow imported:", "tensorflow" in sys.modules)
"""


@pytest.fixture(scope="module")
def included():
    return pages.includes()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [sys.executable, "-c", BUILD, str(ROOT / "mkdocs.yml"), str(site)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds, not wall time: the suite's other workers load this machine meanwhile.
    cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return site, result, cpu_seconds


def test_strict_build_passes(built_site):
    _, result, _ = built_site
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-3000:]}"


def test_build_is_fast_and_needs_no_tensorflow(built_site):
    _, result, seconds = built_site
    assert result.returncode == 0
    assert "tensorflow imported: False" in result.stdout
    assert seconds <= BUILD_SECONDS, f"strict build took {seconds:.1f} CPU s (bar {BUILD_SECONDS})"


@pytest.mark.parametrize(
    "snippet",
    pages.snippet_files(),
    ids=pages.snippet_id,
)
def test_snippet_is_shown_on_a_page(snippet, included):
    name = pages.snippet_id(snippet)
    assert name in included, f"snippets/{name} is included by no page under docs/"


def include_sites():
    return [(page, target) for target, on in pages.includes().items() for page in on]


@pytest.mark.parametrize("page,target", include_sites(), ids=lambda v: v)
def test_include_resolves(page, target):
    assert pages.resolve(target), f"{page} includes {target!r}, which is no file"


# Python code blocks of the built pages ----------------------------------------------------


class PythonBlocks(HTMLParser):
    """Collects the text of every ``<code>`` inside a ``language-python`` highlight block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._depth = 0  # > 0 while inside a python highlight div
        self._in_code = False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and ("language-python" in classes or self._depth):
            self._depth += 1
        elif tag == "code" and self._depth:
            self._in_code = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "div" and self._depth:
            self._depth -= 1
        elif tag == "code":
            self._in_code = False

    def handle_data(self, data):
        if self._in_code:
            self.blocks[-1] += data


def python_blocks(html: Path) -> list[str]:
    parser = PythonBlocks()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser.blocks


@pytest.fixture(scope="module")
def verified_sources() -> dict[str, str]:
    """Every text a page may show as Python, with what verified it."""
    known = {}
    for snippet in pages.snippet_files():
        known[snippet.read_text(encoding="utf-8")] = "snippet run by the suite"
    for original in sorted(ERRATA_ORIGINALS.rglob("*.py")):
        known[original.read_text(encoding="utf-8")] = "errata original, checked to fail"
    for page in sorted(pages.DOCS.rglob("*.md")):
        for block in extract_from_file(page):
            if block.syntax == "python" and not block.marks:
                known[block.code] = "inline block run by pytest-codeblocks"
    return {text.rstrip("\n"): why for text, why in known.items()}


def built_pages():
    return sorted(p.relative_to(pages.DOCS).with_suffix("") for p in pages.DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", built_pages(), ids=str)
def test_every_python_block_was_run(built_site, verified_sources, page):
    site, result, _ = built_site
    assert result.returncode == 0, "the site did not build"
    html = site / ("index.html" if page.name == "index" else page / "index.html")
    for block in python_blocks(html):
        first_line = block.strip().splitlines()[0] if block.strip() else ""
        assert block.rstrip("\n") in verified_sources, (
            f"docs/{page}.md shows a Python block that no test ran as it stands "
            f"(starting {first_line!r}); move it into a file under snippets/ and include it"
        )
