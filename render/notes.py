"""The notes that say what verified a page: a lesson's Verified note, the home page's versions.

Both come from the records that `make outputs` commits (``outputs/verified/``), the backend
table and the compatibility record, when the site is built.
"""

from __future__ import annotations

import subprocess

from render import compatibility
from verify import backends, errata, records
from verify.layout import PROJECT, Lesson


def colab_url(notebook: str) -> str:
    repo = PROJECT.mkdocs_config["repo_url"].removeprefix("https://github.com/").strip("/")
    return (
        f"https://colab.research.google.com/github/{repo}/blob/main/docs/notebooks/{notebook}.ipynb"
    )


def tested_commit() -> tuple[str, str]:
    """The commit the site is built from, and its date: the deploy builds the commit whose
    tests passed, so the date says when the examples last ran green."""
    try:
        found = subprocess.run(
            ["git", "-C", str(PROJECT.root), "log", "-1", "--format=%H %cs"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError) as error:
        raise LookupError(
            f"the pages show the date of the commit they are built from, and git could not "
            f"tell it in {PROJECT.root}: {error}"
        ) from error
    return found[0], found[1]


def verified_on(lesson: Lesson) -> tuple[str, list[str], list[str]]:
    """The Keras release and the backends (with versions) that verified every snippet of the
    lesson, and what its snippets cannot run on."""
    on, skipped, unverified, keras = [], [], [], None
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
            on.append(f"{backend.display} {record['versions'][backend.name]}")
            keras = record["versions"]["keras"]
            skipped += [
                f"`{p.name}` does not run on {backend.display}: {lesson.not_on(p)[backend.name]}"
                for p in missing
            ]
    if not on:
        names = ", ".join(sorted(set(unverified)))
        raise LookupError(f"no backend verified {names}: run `make outputs SNIPPET=...` on it")
    return keras, on, skipped


def verified_note(lesson: Lesson) -> tuple[str, str]:
    """What a page says about its verification: one compact line under its title (when, with
    what, from which Keras it runs, its notebook), and a footer with the details."""
    keras, on, skipped = verified_on(lesson)
    sha, date = tested_commit()
    found = compatibility.ranges(lesson)
    notebook = lesson.page_name
    colab = f"[Open in Colab]({colab_url(notebook)})"
    line = (
        f"Examples verified {date} on Keras {keras} ({', '.join(on)})"
        f" · {compatibility.range_line(found)}"
        f" · [Notebook](notebooks/{notebook}.ipynb) · {colab} · [How](#verified)\n"
        "{ .verified-line }\n"
    )
    footer = [
        "---",
        "",
        f"**How these examples were verified.** Every example on this page ran end to end, with "
        f"its checks, on Keras {keras} with " + " and ".join(on) + f", from commit `{sha[:7]}` "
        f"of {date}, the one this site was built from. Each output is shown as it printed on "
        f"each backend (pick one in a tab); the plots and the notebook were made on "
        f"{backends.PRIMARY.display}.",
        "{ #verified }",
        "",
        *[f"- {line}" for line in skipped],
        "",
        backends.processors_note(),
        "",
        *([note, ""] if (note := compatibility.range_note(lesson, found)) else []),
        f"Run it yourself: [the notebook with its outputs](notebooks/{notebook}.ipynb) · "
        # The .ipynb that mkdocs-jupyter copies beside the notebook page (include_source); raw
        # HTML, which MkDocs does not rewrite: relative to the page's own folder.
        f'<a href="../notebooks/{notebook}/{notebook}.ipynb" download>download the .ipynb</a> · '
        f"{colab} (its first cell picks TensorFlow or JAX).",
        "",
        errata_link(lesson),
    ]
    return line, "\n".join(footer) + "\n"


def errata_link(lesson: Lesson) -> str:
    """One link to the errata page, where the source's history of this lesson is told."""
    blocks = [block for block in errata.load_blocks() if block.lesson_name == lesson.name]
    anchor = blocks[0].anchor if blocks else "wrong-or-misleading-claims"
    return (
        f"This lesson grew out of study notes whose code mostly did not run: "
        f"[what they got wrong, and how it was corrected](errata.md#{anchor})."
    )


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
