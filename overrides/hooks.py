"""MkDocs hook: keep the notebooks out of the search index.

A notebook repeats its lesson's code, so searching for an API name would list the notebook
beside (or before) the lesson that explains it.
"""


def on_page_content(html, page, config, files):
    if page.file.src_uri.startswith("notebooks/"):
        page.meta["search"] = {"exclude": True}
    return html
