"""The built site in a real browser (Playwright, Debian's Chromium), served from 127.0.0.1.

Every page at desktop and phone width loads cleanly; the copy button, search, the light/dark
toggle and notebook outputs work; no page weighs more than PAGE_BYTES gzip-compressed.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from verify import site
from verify.layout import PROJECT
from verify.site import page_paths

pytestmark = pytest.mark.browser

WIDTHS = (1280, 375)
PAGE_BYTES = 500_000  # gzip-compressed, all of a page's requests together
SNIPPET = PROJECT.snippets / "03_instantiate_a_model" / "01_sequential.py"


def page_id(path: str) -> str:
    return path.rstrip("/") or "index"


def console_text(message) -> str:
    return f"{message.text} ({message.location.get('url') or 'page'})"


@pytest.fixture
def context(browser, base_url):
    context = browser.new_context(base_url=base_url)
    yield context
    context.close()


def test_every_built_page_is_tested(site_dir):
    assert site.built_pages(site_dir) == page_paths()


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("path", page_paths(), ids=page_id)
def test_page_loads_cleanly(browser, base_url, path, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    errors, failed, outside = [], [], []
    page.on("console", lambda msg: msg.type == "error" and errors.append(console_text(msg)))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("requestfailed", lambda req: failed.append(f"{req.url} ({req.failure})"))
    page.on("response", lambda resp: resp.status >= 400 and failed.append(resp.url))
    page.on("request", lambda req: req.url.startswith(base_url) or outside.append(req.url))
    page.goto(base_url + path, wait_until="networkidle")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    context.close()
    assert not outside, f"requests outside {base_url}: {outside}"
    assert not failed, f"failed requests: {failed}"
    assert not errors, f"console errors: {errors}"
    if width == 375:
        assert overflow <= 0, f"scrolls horizontally by {overflow} px at {width} px wide"


def test_copy_button_copies_the_snippet_file(context, base_url):
    """The clipboard holds the file's text, less its final newline (code blocks drop it)."""
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    page.goto("03-instantiate-a-model/")
    page.locator(".md-typeset pre").first.hover()
    page.locator(".md-typeset pre [data-md-type='copy']").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == SNIPPET.read_text(encoding="utf-8").removesuffix("\n")


def test_search_lists_the_early_stopping_page_first(context):
    page = context.new_page()
    page.goto("")
    search = page.locator("input.md-search__input")
    search.click()
    search.fill("EarlyStopping")
    search.press("End")  # Material searches on keyup: one query, for the whole word
    first = page.locator(".md-search-result__item a").first
    first.wait_for()
    assert urlsplit(first.get_attribute("href")).path == "/12-early-stopping/"


def test_color_scheme_toggle_switches_and_persists(context):
    page = context.new_page()
    page.goto("")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component='palette'] label:visible").click()
    toggled = page.locator("body").get_attribute("data-md-color-scheme")
    assert toggled != scheme
    page.goto("12-early-stopping/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == toggled


def test_notebook_pages_render_their_outputs(context):
    notebooks = [path for path in page_paths() if path.startswith("notebooks/")]
    assert notebooks, "no notebook pages were built"
    for path in notebooks:
        page = context.new_page()
        page.goto(path)
        outputs = page.locator(".jp-OutputArea-output")
        assert outputs.count() > 0, f"{path}: no output areas"
        assert outputs.first.is_visible(), f"{path}: output areas are not shown"
        page.close()


@pytest.mark.parametrize("path", page_paths(), ids=page_id)
def test_page_weight(browser, base_url, path):
    weight = site.page_weight(browser, base_url + path)
    assert weight <= PAGE_BYTES, f"{page_id(path)} transfers {weight:,} bytes gzip-compressed"
