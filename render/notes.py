"""The notes that say what verified a page: a lesson's Verified note, the home page's versions.

Both come from the records that `make outputs` commits (``outputs/verified/``), the backend
table and the compatibility record, when the site is built.
"""

from __future__ import annotations

from render import compatibility
from verify import backends, errata, records
from verify.layout import PROJECT, Lesson


def colab_url(notebook: str) -> str:
    repo = PROJECT.mkdocs_config["repo_url"].removeprefix("https://github.com/").strip("/")
    return (
        f"https://colab.research.google.com/github/{repo}/blob/main/docs/notebooks/{notebook}.ipynb"
    )


def verified_note(lesson: Lesson) -> str:
    """The note under a page's title: where its examples were verified, and its notebook."""
    verified_on, skipped, unverified, keras = [], [], [], None
    for backend in records.recorded():
        record = records.load(backend.name)
        missing = [p for p in lesson.snippets if backend.name in lesson.not_on(p)]
        never = [
            PROJECT.relative(p)
            for p in lesson.snippets
            if p not in missing and PROJECT.relative(p) not in record["snippets"]
        ]
        unverified += never
        if not never:
            verified_on.append(f"{backend.display} {record['versions'][backend.name]}")
            keras = record["versions"]["keras"]
            skipped += [
                f"`{p.name}` not on {backend.display}: {lesson.not_on(p)[backend.name]}"
                for p in missing
            ]
    if not verified_on:
        names = ", ".join(sorted(set(unverified)))
        raise LookupError(f"no backend verified {names}: run `make outputs SNIPPET=...` on it")
    notebook = lesson.page_name
    lines = [
        '!!! success "Verified"',
        f"    Every example on this page ran end to end, with its checks, on Keras {keras} with "
        + " and ".join(verified_on)
        + ". Each output is shown as it printed on each backend (pick one in a tab); the "
        f"plots and the notebook were made on {backends.PRIMARY.display}.",
        *[f"    {line}" for line in skipped],
        "",
        f"    {backends.processors_note()}",
        "",
        *([f"    {note}", ""] if (note := compatibility.range_note(lesson)) else []),
        f"    Run it yourself: [notebook with outputs](notebooks/{notebook}.ipynb) · "
        # The .ipynb that mkdocs-jupyter copies beside the notebook page (include_source); raw
        # HTML, which MkDocs does not rewrite: relative to the page's own folder.
        f'<a href="../notebooks/{notebook}/{notebook}.ipynb" download>download the .ipynb</a> · '
        f"[open in Colab]({colab_url(notebook)})",
        "",
        errata_links(lesson),
    ]
    return "\n".join(lines) + "\n"


def errata_links(lesson: Lesson) -> str:
    """A line linking the errata entries of the source's blocks that this page corrects."""
    entries = [
        f"[{block.title}](errata.md#{block.anchor})"
        for block in errata.load_blocks()
        if block.lesson_name == lesson.name
    ]
    claims = "[the wrong claims it made](errata.md#wrong-or-misleading-claims)"
    if entries:
        return f"Corrected from the original notes: {' · '.join(entries)}; see also {claims}."
    return f"What the original notes got wrong: {claims}."


def versions_note() -> str:
    """The home page's note: the versions every backend's test run verified the site with."""
    engines, keras = [], None
    for backend in records.recorded():
        record = records.load(backend.name)
        engines.append(f"{backend.display} {record['versions'][backend.name]}")
        keras = record["versions"]["keras"]
    return (
        '!!! success "Verified with"\n'
        f"    Keras {keras} on " + " and on ".join(engines) + ": the examples were run on each "
        "of these backends, with their checks.\n\n"
        f"    {backends.processors_note()}\n"
    )
