"""Fixtures shared by the site, browser and Lighthouse tests: one strict build per test run."""

from __future__ import annotations

import pytest

from verify import site


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
    with site.serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright import sync_api

    with sync_api.sync_playwright() as pw:
        browser = site.launch_chromium(pw)
        yield browser
        browser.close()
