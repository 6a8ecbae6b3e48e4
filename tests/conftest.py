"""Fixtures shared by the site, browser and Lighthouse tests: one strict build per test run."""

from __future__ import annotations

import pytest

from tests.support import browser as browser_support
from verify import site
from verify.layout import PROJECT


@pytest.fixture(scope="session")
def built_site(request, tmp_path_factory) -> site.Build:
    """The build `make test` made once (``--site DIR``), or a fresh one for this session."""
    given = request.config.getoption("site")
    if given:
        return site.load_build(given.resolve())
    return site.build(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def site_dir(built_site):
    assert built_site.returncode == 0, built_site.failure()
    return built_site.site_dir


@pytest.fixture(scope="session")
def base_url(site_dir):
    with browser_support.serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright import sync_api

    with sync_api.sync_playwright() as pw:
        browser = browser_support.launch_chromium(pw)
        yield browser
        browser.close()


def page_id(path: str) -> str:
    return path.rstrip("/") or "index"


def markdown_sources() -> list[str]:
    """Every Markdown page under docs/, as a path relative to it: ``10-fit.md``."""
    return sorted(p.relative_to(PROJECT.docs).as_posix() for p in PROJECT.docs.rglob("*.md"))


@pytest.fixture(scope="session")
def built_html(site_dir):
    """``built_html("10-fit.md")``: the built page of a Markdown source under docs/."""

    def read(source: str) -> str:
        return (site_dir / site.page_path(source) / "index.html").read_text(encoding="utf-8")

    return read


def pytest_generate_tests(metafunc):
    """The tests' parameters, each named as the project names it, by taking an argument:
    ``lesson`` (each lesson, by its page), ``snippet`` (each file under snippets/, by its path
    there), ``source`` (each Markdown page under docs/), ``page_path`` and ``notebook_path``
    (one page per template, or every page with --all-pages)."""
    if "lesson" in metafunc.fixturenames:
        metafunc.parametrize("lesson", PROJECT.lessons(), ids=lambda lesson: lesson.page_name)
    if "snippet" in metafunc.fixturenames:
        metafunc.parametrize("snippet", PROJECT.snippet_files(), ids=PROJECT.snippet_id)
    if "source" in metafunc.fixturenames:
        metafunc.parametrize("source", markdown_sources(), ids=lambda s: s.removesuffix(".md"))
    all_pages = metafunc.config.getoption("all_pages")
    paths = site.page_paths() if all_pages else site.TEMPLATE_PAGES
    if "page_path" in metafunc.fixturenames:
        metafunc.parametrize("page_path", paths, ids=page_id)
    if "notebook_path" in metafunc.fixturenames:
        notebooks = [path for path in paths if path.startswith("notebooks/")]
        metafunc.parametrize("notebook_path", notebooks, ids=page_id)
