"""The built site in a real browser (Playwright, Debian's Chromium), served from 127.0.0.1.

Pages load cleanly at desktop and phone width and weigh at most PAGE_BYTES gzip-compressed; the
copy button, search, the light/dark toggle, the linked output tabs and notebook outputs work.
`make test` loads one page per template (see ``page_path`` in conftest.py); `make audit` loads
every page (``--all-pages``).
"""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.support import browser as browser_support
from verify import backends, site
from verify.layout import LESSON_PAGE, PROJECT

pytestmark = pytest.mark.browser

WIDTHS = (1280, 375)
PAGE_BYTES = 500_000  # gzip-compressed, all of a page's requests together
SNIPPET = PROJECT.snippets / "03_instantiate_a_model" / "01_sequential.py"


# Code blocks wider than their column: the reader would have to scroll sideways.
WIDE_CODE_BLOCKS = """
[...document.querySelectorAll('.md-content pre > code')]
  .filter(code => code.scrollWidth > code.clientWidth)
  .map(code => {
    const title = code.closest('.highlight')?.querySelector('.filename')?.textContent;
    return `${title || 'a block'} (${code.scrollWidth} > ${code.clientWidth} px)`;
  })
"""


def console_text(message) -> str:
    return f"{message.text} ({message.location.get('url') or 'page'})"


@pytest.fixture
def context(browser, base_url):
    context = browser.new_context(base_url=base_url)
    yield context
    context.close()


def test_every_built_page_is_known(site_dir):
    assert site.built_pages(site_dir) == site.page_paths()
    assert set(site.TEMPLATE_PAGES) <= set(site.page_paths())


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
def test_page_loads_cleanly(browser, base_url, page_path, width):
    """No console error, failed request or request elsewhere; no sideways scroll on a phone;
    at desktop width, the page's weight (every response, gzip-compressed) within PAGE_BYTES,
    and on a lesson page no code block wider than its column."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    errors, failed, outside, responses = [], [], [], []
    page.on("console", lambda msg: msg.type == "error" and errors.append(console_text(msg)))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("requestfailed", lambda req: failed.append(f"{req.url} ({req.failure})"))
    page.on("response", lambda resp: resp.status >= 400 and failed.append(resp.url))
    page.on("response", lambda resp: responses.append(resp))
    page.on("request", lambda req: req.url.startswith(base_url) or outside.append(req.url))
    page.goto(base_url + page_path, wait_until="networkidle")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    weight = sum(browser_support.gzip_size(r.body()) for r in responses if r.ok and r.status != 204)
    wide = page.evaluate(WIDE_CODE_BLOCKS)
    context.close()
    assert not outside, f"requests outside {base_url}: {outside}"
    assert not failed, f"failed requests: {failed}"
    assert not errors, f"console errors: {errors}"
    if width == 375:
        assert overflow <= 0, f"scrolls horizontally by {overflow} px at {width} px wide"
    else:
        assert weight <= PAGE_BYTES, f"/{page_path} transfers {weight:,} bytes gzip-compressed"
        if LESSON_PAGE.match(page_path.strip("/") + ".md"):
            assert wide == [], f"/{page_path}: code blocks to scroll sideways at {width} px"


def test_page_has_no_accessibility_violation(context, page_path):
    """Every axe-core rule, beyond the ones Lighthouse runs (links told apart by colour alone,
    contrast inside notebooks, keyboard access to scrolling regions, unique landmarks)."""
    page = context.new_page()
    page.goto(page_path, wait_until="networkidle")
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    assert results.violations_count == 0, f"/{page_path}:\n{results.generate_report()}"


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


SELECTED_TABS = """
[...document.querySelectorAll('.tabbed-set')].map(set => {
  const input = set.querySelector(':scope > input:checked');
  return set.querySelector(`label[for="${input.id}"]`).textContent.trim();
})
"""


def test_a_backend_picked_once_shows_on_every_page(context):
    """content.tabs.link: pick another backend under one output, and other pages open on it
    too, the solutions of their exercises included once opened (solution-tabs.js)."""
    primary, other = backends.PRIMARY.display, backends.required()[1].display
    page = context.new_page()
    page.goto("10-fit/")
    assert set(page.evaluate(SELECTED_TABS)) == {primary}
    page.locator(".tabbed-labels label", has_text=other).first.click()
    page.goto("13-accuracy/")
    for solution in page.locator("details > summary").all():  # the exercises' solutions too
        solution.click()
    with contextlib.suppress(PlaywrightTimeout):  # "toggle" fires after the click returns
        page.wait_for_function(f"({SELECTED_TABS}).every(tab => tab === '{other}')", timeout=5_000)
    selected = page.evaluate(SELECTED_TABS)
    assert selected and set(selected) == {other}, selected


def test_notebook_page_renders_its_outputs(context, notebook_path):
    page = context.new_page()
    page.goto(notebook_path)
    outputs = page.locator(".jp-OutputArea-output")
    assert outputs.count() > 0, f"{notebook_path}: no output areas"
    assert outputs.first.is_visible(), f"{notebook_path}: output areas are not shown"


def test_printable_course_prints_every_solution_and_every_output(context):
    """Printed (or saved as PDF from the print dialog), the course opens every solution and
    shows the outputs of both backends, without the site's header and sidebars."""
    page = context.new_page()
    failed = []  # its assets and search index load from a relative base, as on every page
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    page.goto(site.PRINT_PAGE, wait_until="networkidle")
    assert not failed, f"failed requests: {failed}"
    page.emulate_media(media="print")
    assert page.locator("details").count() >= 40
    # As the print dialog does. Material's script may still be mounting on a busy machine:
    # dispatch again, for up to 10 s, until it has opened them all (or the assert says how many
    # stayed closed).
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(
            "() => { window.dispatchEvent(new Event('beforeprint'));"
            " return !document.querySelector('details:not([open])') }",
            timeout=10_000,
        )
    closed = page.eval_on_selector_all("details:not([open])", "els => els.length")
    assert closed == 0, f"{closed} solutions stay closed in the printout"
    blocks = page.locator(".tabbed-block")
    assert blocks.count() >= 100
    hidden = page.eval_on_selector_all(
        ".tabbed-block", "els => els.filter(e => !e.offsetParent).length"
    )
    assert hidden == 0, f"{hidden} backend outputs are left out of the printout"
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not page.locator(chrome).is_visible(), f"{chrome} is printed"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") > len(PROJECT.lessons())
