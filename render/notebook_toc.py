"""A notebook page's table of contents, from its rendered headings.

mkdocs-jupyter's table of contents drops inline code ("`validation_data`: a separate validation
set" read ": a separate validation set") and links ids the page does not have; the MkDocs hook
calls :func:`mend` on each notebook page, which takes both from the headings as rendered.
"""

from __future__ import annotations

import html
import re

HTML_HEADING = re.compile(r'<h[1-6] id="([^"]+)">(.*?)<a class="anchor-link"', re.DOTALL)


def mend(page) -> None:
    """Give each entry of ``page.toc`` the id and text of the rendered heading it stands for."""
    headings = [
        (anchor, html.unescape(re.sub(r"<[^>]+>", "", text)).strip())
        for anchor, text in HTML_HEADING.findall(page.content)
    ]
    items = list(toc_items(page.toc))
    if len(items) == len(headings):  # the same headings, in the same order
        for item, (anchor, title) in zip(items, headings, strict=True):
            item.id, item.title = anchor, title


def toc_items(items):
    for item in items:
        yield item
        yield from toc_items(item.children)
