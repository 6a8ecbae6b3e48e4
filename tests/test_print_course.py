"""render/print_course.py on links of each kind, followed by mkdocs-print-site-plugin's own
rewrite, as the build chains them: where each link of a page lands in the printable course."""

from __future__ import annotations

import re

import pytest
from mkdocs_print_site_plugin.urls import fix_internal_links, get_page_key

from render.print_course import mend_page

SITE_URL = "https://example.org/course/"
PRINTED = {"", "10-fit/", "11-validation/"}  # the home page and two lessons


def printed_link(page_url: str, href: str) -> str:
    html = mend_page(
        f'<p><a href="{href}">x</a></p>', page_url, get_page_key(page_url), PRINTED, SITE_URL
    )
    joined = fix_internal_links(html, page_url, directory_urls=True, heading_number="1")
    return re.search(r'<a href="([^"]*)"', joined)[1]


@pytest.mark.parametrize(
    "page_url,href,lands_on",
    [
        ("10-fit/", "#01_fit", "#10-fit-01_fit"),
        ("10-fit/", "../11-validation/#plot", "#11-validation-plot"),
        ("10-fit/", "../11-validation", "#11-validation"),
        ("10-fit/", "../", "#index"),
        ("10-fit/", "../#what-you-will-learn", "#index-what-you-will-learn"),
        ("", "./", "#index"),
        ("", "10-fit/", "#10-fit"),
        ("10-fit/", "../errata/#block-3", f"{SITE_URL}errata/#block-3"),
        ("10-fit/", "../notebooks/10-fit/", f"{SITE_URL}notebooks/10-fit/"),
        ("", "print_page/", f"{SITE_URL}print_page/"),
        ("10-fit/", "../notebooks/10-fit/10-fit.ipynb", "../notebooks/10-fit/10-fit.ipynb"),
        ("10-fit/", "https://keras.io/api/", "https://keras.io/api/"),
    ],
)
def test_link_lands_in_the_course_or_on_the_published_site(page_url, href, lands_on):
    assert printed_link(page_url, href) == lands_on


def test_code_block_ids_take_their_page_key():
    html = '<div id="01_fit" class="language-python highlight"><pre></pre></div>'
    assert 'id="10-fit-01_fit"' in mend_page(html, "10-fit/", "10-fit", PRINTED, SITE_URL)


def test_paragraph_ids_take_their_page_key():
    # The Verified line links the footer, <p id="verified">, on every lesson page.
    html = '<p id="verified"><strong>How these examples were verified.</strong></p>'
    assert '<p id="10-fit-verified">' in mend_page(html, "10-fit/", "10-fit", PRINTED, SITE_URL)
