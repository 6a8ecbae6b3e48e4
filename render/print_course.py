"""The printable course, /print_page/ (mkdocs-print-site-plugin), mended before it is rendered.

The plugin joins the HTML of every page in the navigation (less its ``exclude``) into one page,
and turns each link between them into an anchor of that page (``10-fit/#x`` -> ``#10-fit-x``).
It leaves three things broken, which :func:`mend` repairs; the build hook calls it before the
plugin renders the page:

- It renders the page with the 404 page's context, whose base URL is the absolute path of
  ``site_url`` (/keras-verified/): the page would find its assets and search index only there.
  It gets the relative base URL of every other page.
- It prefixes the ids of headings with their page's key, not those of code blocks, which the
  exercises link (``#01_fit``), nor those of paragraphs (the footer a page's Verified line
  links, ``#verified``): they get the same prefix.
- Links to pages it leaves out (the errata, the compatibility matrix, the notebooks, the print
  page itself) would become anchors that do not exist: they link the published page instead.
  A link to the home page names its file, which the plugin can turn into an anchor.
"""

from __future__ import annotations

import re
from posixpath import splitext
from urllib.parse import urljoin, urlsplit

CODE_BLOCK_ID = re.compile(r'<div id="([^"]+)" class="language-')
PARAGRAPH_ID = re.compile(r'<p id="([^"]+)"')
# A link to a page of this site by a relative URL, which the plugin rewrites: no scheme, not
# from the root, not an anchor of the same page.
RELATIVE_LINK = re.compile(r'href="(?![A-Za-z][\w+.-]*:|#|/)([^"#]*)(#[^"]*)?"')


def mend(config) -> None:
    from mkdocs.utils import get_relative_url
    from mkdocs_print_site_plugin.exclude import exclude
    from mkdocs_print_site_plugin.urls import get_page_key

    plugin = config.plugins["print-site"]
    if not plugin.context:
        return  # the plugin then stops the build with its own error
    plugin.context["base_url"] = get_relative_url(".", plugin.print_page.url)
    plugin.print_page.meta["source_path"] = "docs/ (every page of the course)"
    pages = [
        page
        for page in pages_of(plugin.renderer.items)
        if not exclude(page.file.src_path, plugin.config["exclude"]) and hasattr(page, "html")
    ]
    printed = {page.url for page in pages}
    for page in pages:
        page.html = mend_page(page.html, page.url, get_page_key(page.url), printed, config.site_url)


def pages_of(items):
    for item in items:
        if item.is_page:
            yield item
        elif item.is_section:
            yield from pages_of(item.children)


def mend_page(html: str, url: str, key: str, printed: set[str], site_url: str) -> str:
    """One page's HTML as the plugin will join it: code block ids prefixed with ``key``, links
    to pages outside ``printed`` (URLs as MkDocs writes them: ``""``, ``10-fit/``) made absolute
    on ``site_url``, links to the home page by its file name."""
    html = CODE_BLOCK_ID.sub(lambda m: f'<div id="{key}-{m[1]}" class="language-', html)
    html = PARAGRAPH_ID.sub(lambda m: f'<p id="{key}-{m[1]}"', html)

    def mended(link: re.Match) -> str:
        path, anchor = link[1], link[2] or ""
        target = urlsplit(urljoin("/" + url, path)).path.removeprefix("/")
        if splitext(target)[1] not in ("", ".html"):
            return link[0]  # a file, such as a notebook's .ipynb: the plugin keeps it
        if target and not target.endswith("/"):
            target += "/"
        if target not in printed:
            return f'href="{site_url.rstrip("/")}/{target}{anchor}"'
        if target == "":  # the plugin would make "../" the anchor "#."
            return (
                f'href="{path if path.endswith("/") or not path else path + "/"}index.html{anchor}"'
            )
        return link[0]

    return RELATIVE_LINK.sub(mended, html)
