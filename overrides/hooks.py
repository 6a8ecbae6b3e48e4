"""MkDocs hook: notebooks out of the search index; code block ids count as anchors; what the
edit button and the report link of each page point at; the glossary page's list of terms;
the first mention of each Keras API name linked to keras.io (render/api_links.py);
a notebook's table of contents from its rendered headings (render/notebook_toc.py); the
printable course's links (render/print_course.py).

A notebook repeats its lesson's code, so searching for an API name would list the notebook
beside (or before) the lesson that explains it.

An exercise links the example it starts from by the id on its block (render/snippets.py gives
every snippet's block the id of its file stem). Superfences writes that id into HTML that
MkDocs does not scan for anchors, so the strict build would call the link dead; the ids are
added here.
"""

from pathlib import Path

from mkdocs.plugins import event_priority

from render import api_links, glossary, notebook_toc, print_course
from verify import backends, records
from verify.layout import LESSON_PAGE, PROJECT

COLAB = "https://colab.research.google.com/github/"

CODE_BLOCK_ID = print_course.CODE_BLOCK_ID


def on_config(config):
    """The versions that verified the site, for each page's report link (main.html)."""
    verified = [f"Keras {records.load(backends.PRIMARY.name)['versions']['keras']}"]
    for backend in records.recorded():
        verified.append(f"{backend.display} {records.load(backend.name)['versions'][backend.name]}")
    config.extra["verified"] = ", ".join(verified)
    return config


def on_page_markdown(markdown, page, config, files):
    """A notebook is generated from its lesson's page: edit and report against that page."""
    source = page.file.src_uri
    if source.startswith("notebooks/") and source.endswith(".ipynb"):
        lesson = Path(source).with_suffix(".md").name
        if LESSON_PAGE.match(lesson) and page.edit_url:
            page.edit_url = page.edit_url.replace(source, lesson)
        source = lesson
    page.meta["source_path"] = f"docs/{source}"
    if source == "glossary.md":
        markdown += "\n| Term | Meaning |\n| --- | --- |\n" + "".join(
            f"| {term} | {meaning} |\n" for term, meaning in glossary.terms().items()
        )
    return markdown


# Before print-site's on_page_content, which keeps each page's HTML for the printable course.
@event_priority(50)
def on_page_content(html, page, config, files):
    # The Colab links that `make outputs` wrote name the default repository: use repo_url's.
    default = PROJECT.mkdocs_config["repo_url"].removeprefix("https://github.com/")
    configured = config.repo_url.removeprefix("https://github.com/").strip("/")
    html = html.replace(f"{COLAB}{default}/", f"{COLAB}{configured}/")
    if page.file.src_uri.startswith("notebooks/"):
        page.meta["search"] = {"exclude": True}
    else:
        html = api_links.link_first_mentions(html, page.file.src_uri.removesuffix(".md"))
    page.present_anchor_ids = (page.present_anchor_ids or set()) | set(CODE_BLOCK_ID.findall(html))
    return html


def on_page_context(context, page, config, nav):
    if page.file.src_uri.endswith(".ipynb"):
        notebook_toc.mend(page)
    return context


@event_priority(50)  # before print-site's on_post_build, which renders the printable course
def on_post_build(config):
    print_course.mend(config)
