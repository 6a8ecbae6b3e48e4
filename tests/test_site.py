"""Site integrity: the strict build passes, every snippet is shown, every shown block was run."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest
import yaml
from mkdocs_print_site_plugin.exclude import exclude
from pytest_codeblocks import extract_from_file

from render import notebook_toc
from tests import quotas
from verify import backends, records, site
from verify.layout import PROJECT

ERRATA_ORIGINALS = PROJECT.errata / "originals"


@pytest.fixture(scope="module")
def included():
    return PROJECT.includes()


def test_strict_build_passes(built_site):
    assert built_site.returncode == 0, built_site.failure()


def test_build_needs_no_tensorflow(built_site):
    assert built_site.returncode == 0, built_site.failure()
    assert not built_site.tensorflow_imported, "building the site imported TensorFlow"


def test_snippet_is_shown_on_a_page(snippet, included):
    name = PROJECT.snippet_id(snippet)
    assert name in included, f"snippets/{name} is included by no page under docs/"


def include_sites():
    return [(page, target) for target, on in PROJECT.includes().items() for page in on]


@pytest.mark.parametrize("page,target", include_sites(), ids=lambda v: v)
def test_include_resolves(page, target):
    assert PROJECT.resolve(target), f"{page} includes {target!r}, which is no file"


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


def python_blocks_of(html: str) -> list[str]:
    parser = PythonBlocks()
    parser.feed(html)
    return parser.blocks


@pytest.fixture(scope="module")
def verified_sources() -> dict[str, str]:
    """Every text a page may show as Python, with what verified it."""
    known = {}
    for snippet in PROJECT.snippet_files():
        known[snippet.read_text(encoding="utf-8")] = "snippet run by the suite"
    for original in sorted(ERRATA_ORIGINALS.rglob("*.py")):
        known[original.read_text(encoding="utf-8")] = "errata original, checked to fail"
    for page in sorted(PROJECT.docs.rglob("*.md")):
        for block in extract_from_file(page):
            if block.syntax == "python" and not block.marks:
                known[block.code] = "inline block run by pytest-codeblocks"
    return {text.rstrip("\n"): why for text, why in known.items()}


def test_every_python_block_was_run(built_html, verified_sources, source):
    for block in python_blocks_of(built_html(source)):
        first_line = block.strip().splitlines()[0] if block.strip() else ""
        assert block.rstrip("\n") in verified_sources, (
            f"docs/{source} shows a Python block that no test ran as it stands "
            f"(starting {first_line!r}); move it into a file under snippets/ and include it"
        )


# Exercise solutions on the built pages ---------------------------------------------------

SOLUTION_BLOCK = re.compile(
    r'<details class="success">\s*<summary>Solution</summary>(.*?)</details>', re.S
)


def test_solutions_on_the_built_page_are_their_snippets(site_dir, lesson):
    html = (site_dir / lesson.page_name / "index.html").read_text(encoding="utf-8")
    shown = [python_blocks_of(block) for block in SOLUTION_BLOCK.findall(html)]
    assert len(shown) >= quotas.SOLUTIONS_SHOWN_PER_PAGE, (
        f"the built {lesson.page_name} page shows {len(shown)} solutions"
    )
    solutions = [p.read_text(encoding="utf-8").rstrip("\n") for p in lesson.exercises]
    for blocks in shown:
        assert len(blocks) == 1 and blocks[0].rstrip("\n") in solutions, (
            f"a solution on the built {lesson.page_name} page is not one of its exercise snippets"
        )


# Edit and report links -------------------------------------------------------------------

EDIT_LINK = re.compile(r'<a href="([^"]+)" title="Edit this page"')
REPORT_LINK = re.compile(r'<a href="([^"]+/issues/new\?[^"]+)">Report a problem with this page</a>')


def every_built_page(site_dir):
    return sorted(p for p in site_dir.rglob("index.html") if p.parent.name not in {"404", "search"})


def test_every_page_has_edit_and_report_links(site_dir):
    repo = PROJECT.mkdocs_config["repo_url"].rstrip("/")
    versions = records.load(backends.PRIMARY.name)["versions"]
    pages = every_built_page(site_dir)
    assert len(pages) > 30
    for page in pages:
        html = page.read_text(encoding="utf-8")
        where = page.relative_to(site_dir).as_posix()
        edit = EDIT_LINK.search(html)
        if where == f"{site.PRINT_PAGE}index.html":
            assert not edit, f"{where}: made of every page, it has no one source to edit"
        else:
            assert edit and edit[1].startswith(f"{repo}/edit/main/docs/"), f"{where}: no edit"
            assert not edit[1].endswith(".ipynb"), f"{where}: edits a generated notebook"
        report = REPORT_LINK.search(html)
        assert report and report[1].startswith(f"{repo}/issues/new?"), f"{where}: no report link"
        body = unquote(report[1].replace("&amp;", "&"))
        assert f"Keras {versions['keras']}" in body and "Source: docs/" in body, body


def test_lesson_page_links_its_notebook_for_download(site_dir, lesson):
    html = (site_dir / lesson.page_name / "index.html").read_text(encoding="utf-8")
    target = f"notebooks/{lesson.page_name}/{lesson.page_name}.ipynb"
    assert f'href="../{target}" download' in html, f"{lesson.page_name}: no download link"
    assert (site_dir / target).is_file(), f"the site has no {target}"


TOC_LINK = re.compile(
    r'<a href="#([^"]+)" class="md-nav__link">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>', re.S
)
NOTEBOOK_HEADING = notebook_toc.HTML_HEADING  # the headings the hook mends the contents from


def test_notebook_table_of_contents_matches_its_headings(site_dir, lesson):
    page = (site_dir / "notebooks" / lesson.page_name / "index.html").read_text(encoding="utf-8")
    headings = {a: re.sub(r"<[^>]+>", "", t).strip() for a, t in NOTEBOOK_HEADING.findall(page)}
    for anchor, title in TOC_LINK.findall(page):
        assert headings.get(anchor) == title, f"the contents link #{anchor} {title!r}"


def test_front_matter_is_read(built_html, source):
    """Every page has front matter with a description, and YAML reads it: one it cannot read
    (a second colon, unquoted) would show as text."""
    text = (PROJECT.docs / source).read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"docs/{source}: no front matter (--- description: ... ---)"
    meta = yaml.safe_load(text.split("---\n")[1])
    html = built_html(source)
    assert isinstance(meta, dict) and meta.get("description"), f"docs/{source}: bad front matter"
    shown = re.search(r'<meta name="description" content="([^"]*)"', html)
    assert shown and unescape(shown[1]) == meta["description"], f"docs/{source}"


# The printable course ---------------------------------------------------------------------


def headings(html: str) -> list[str]:
    """The text of each h1, in order, less its tags (a glossary term is an abbr)."""
    return [
        re.sub(r"<[^>]+>", "", h1).strip() for h1 in re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    ]


def nav_sources(items) -> list[str]:
    """The Markdown files of mkdocs.yml's nav, in reading order."""
    found = []
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        found.extend(nav_sources(value) if isinstance(value, list) else [value])
    return found


def course_sources() -> list[str]:
    """The pages the printable course is made of: the navigation less print-site's exclude."""
    config = PROJECT.mkdocs_config
    plugin = next(p["print-site"] for p in config["plugins"] if "print-site" in p)
    return [page for page in nav_sources(config["nav"]) if not exclude(page, plugin["exclude"])]


def test_printable_course_shows_exactly_the_code_of_its_pages(site_dir, built_html):
    """Every lesson, the project and the glossary, in nav order; not the errata's originals."""
    sources = course_sources()
    assert {"index.md", "16-capstone.md", "glossary.md"} <= set(sources)
    assert {lesson.page_name + ".md" for lesson in PROJECT.lessons()} <= set(sources)
    course = (site_dir / site.PRINT_PAGE / "index.html").read_text(encoding="utf-8")
    expected = [block for source in sources for block in python_blocks_of(built_html(source))]
    assert python_blocks_of(course) == expected, "the printable course differs from its pages"
    titles = [headings(built_html(source))[0] for source in sources]
    content = course[course.index('<div id="print-site-page"') :]
    assert [h1 for h1 in headings(content) if h1 in titles] == titles, "pages out of order"


def test_home_page_links_the_printable_course(site_dir, built_html):
    home = built_html("index.md")
    assert f'<a href="{site.PRINT_PAGE}">' in home, "the home page does not link the course"
    assert (site_dir / site.PRINT_PAGE / "index.html").is_file()


def test_printable_course_has_no_dead_link(site_dir):
    """Links between its pages land on their anchor in the course (code blocks included);
    links to pages it leaves out (errata, notebooks...) go to the published page."""
    course = (site_dir / site.PRINT_PAGE / "index.html").read_text(encoding="utf-8")
    ids = set(re.findall(r"""(?<![\w-])id=["']([^"']+)["']""", course))
    anchors = re.findall(r'href="#([^"]*)"', course)
    assert len(anchors) > 100
    dead = sorted({anchor for anchor in anchors if anchor not in ids})
    assert not dead, f"{len(dead)} links of the printable course land nowhere: {dead[:10]}"
    published = PROJECT.mkdocs_config["site_url"]
    assert f'href="{published}errata/#' in course, "no link to the errata's published page"
