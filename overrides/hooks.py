"""MkDocs hook: notebooks out of the search index; code block ids count as anchors.

A notebook repeats its lesson's code, so searching for an API name would list the notebook
beside (or before) the lesson that explains it.

An exercise links the example it starts from by the id on its block,
```{.python #01_fit title="01_fit.py"}``. Superfences writes that id into HTML that MkDocs does
not scan for anchors, so the strict build would call the link dead; the ids are added here.
"""

import re

CODE_BLOCK_ID = re.compile(r'<div id="([^"]+)" class="language-')


def on_page_content(html, page, config, files):
    if page.file.src_uri.startswith("notebooks/"):
        page.meta["search"] = {"exclude": True}
    page.present_anchor_ids = (page.present_anchor_ids or set()) | set(
        CODE_BLOCK_ID.findall(html)
    )
    return html
