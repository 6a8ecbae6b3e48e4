"""Part of `make outputs`: one executed notebook per objective page, docs/notebooks/NN-slug.ipynb.

A notebook opens with a cell installing the verified versions, then holds the page's prose as
Markdown cells (admonitions as quotes, links to the published site) and its snippets, verbatim,
as code cells (each under its file name, which the page's exercises link to). nbclient executes
it top to bottom in a fresh kernel, so it carries real outputs. It ends as a workbook: the
page's exercises, each task in Markdown followed by an empty cell; the solutions stay on the page.
mkdocs-jupyter renders it as a page; each objective page links to it (outputs/NN_slug/about.md).
Each cell starts from a cleared Keras session, as each snippet does in the test runner, and
seeds itself as a snippet does. A notebook whose outputs match the committed one within
:mod:`verify.compare`'s tolerance is left as it is, so float noise between machines changes no
byte.

    python -m tools.notebooks [snippets/NN_slug/...]   # all pages, or those of these snippets
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from render import compatibility, selfcheck
from render import snippets as shown
from render.markdown import DIRECTIVE
from tools.compat import locked
from verify import exercises, records
from verify.backends import PRIMARY
from verify.compare import differences
from verify.layout import INCLUDE, PROJECT, Lesson, is_lesson_snippet

NOTEBOOKS = PROJECT.docs / "notebooks"
HEADING = re.compile(r"^(#{1,3}) (.+)$")
# A link to another page of the site, as a page writes it: [text](NN-slug.md#anchor).
PAGE_LINK = re.compile(r"\]\((?!https?:)([\w-]+)\.md(#[^)\s]*)?\)")
# A plot or another file of the site, as a page links it: ![alt](plots/10_fit/01_fit.svg).
SITE_FILE = re.compile(r"\]\(((?:plots|notebooks)/[^)\s]+)\)")
ADMONITION = re.compile(r'^[!?]{3}\+? (\w+)(?: "(.*)")?$')
WORKBOOK = (
    "Write your answer to each task in the empty cell under it. The solutions are at the end "
    "of [the lesson's page]({url})."
)
# The body of the first cell; and what else a lesson's snippets import: module -> package.
FIRST_CELL = Path(__file__).with_name("first_cell.py")
EXTRAS = {"sklearn": "scikit-learn", "matplotlib": "matplotlib"}

# An IPython start-up file: before each cell, what the test runner does before each snippet.
# (Seeding once at start-up is not enough: the kernel itself draws from `random` meanwhile.)
# Each cell is a whole snippet, so clearing Keras' state between cells loses nothing.
KERNEL_STARTUP = """
import keras

if keras.backend.backend() == "tensorflow":
    import tensorflow as tf

    tf.config.experimental.enable_op_determinism()
    # One kernel runs every snippet of a page; TensorFlow then logs "retracing" notices (with
    # memory addresses) that no snippet causes on its own.
    tf.get_logger().setLevel("ERROR")


def _clear_session(info):
    keras.backend.clear_session()


get_ipython().events.register("pre_run_cell", _clear_session)
"""


def first_cell_constants(lesson: Lesson) -> tuple[dict, dict[str, str]]:
    """The lesson's constants in its first cell: RANGES (per recorded backend, per package, the
    oldest and newest release the lesson ran on) and EXTRAS (each other package its snippets
    import, at its version in uv.lock)."""
    ranges = {b.name: compatibility.measured_range(lesson, b.name) for b in records.recorded()}
    sources = [p.read_text(encoding="utf-8") for p in lesson.snippets]
    pinned = locked()
    extras = {
        package: pinned[package]
        for module, package in EXTRAS.items()
        if any(re.search(rf"^\s*(import|from) {module}\b", s, re.MULTILINE) for s in sources)
    }
    return ranges, extras


def install_cell(lesson: Lesson):
    """First cell: pick the backend before Keras is imported, then install only what is
    missing or outside the range this lesson was measured on (tools/first_cell.py)."""
    return first_cell(*first_cell_constants(lesson))


def first_cell(ranges: dict, extras: dict[str, str]):
    verified = records.load(PRIMARY.name)["versions"]
    body = FIRST_CELL.read_text(encoding="utf-8").split('"""', 2)[2].strip()
    body = "\n".join(line for line in body.splitlines() if not line.startswith("# ruff:"))
    return nbformat.v4.new_code_cell(
        f"# Keras {verified['keras']} ran this notebook on {PRIMARY.display} "
        f"{verified[PRIMARY.name]}.\n# Pick the backend here, before anything imports Keras:\n"
        f'BACKEND = "{PRIMARY.name}"  # or '
        + " or ".join(f'"{b.name}"' for b in records.recorded() if b != PRIMARY)
        + "\n"
        f"RANGES = {ranges!r}\n"
        f"EXTRAS = {extras!r}\n" + body
    )


def refresh_first_cell(lesson: Lesson, path: Path | None = None) -> bool:
    """Rewrite the first cell of a lesson's committed notebook, and the line it printed, after
    `make compat` changed the lesson's measured range, without executing the lesson again: no
    other cell reads the range. True when the cell changed. ``path``: another copy of it."""
    path = path or lesson.notebook
    notebook = nbformat.read(path, as_version=4)
    ranges, extras = first_cell_constants(lesson)
    old, fresh = notebook.cells[0], first_cell(ranges, extras)
    if old.source == fresh.source:
        return False
    # What the cell printed in the kernel that ran the notebook, with the pinned versions
    # installed: the cell itself runs (standard library only), told those versions.
    pins = {**extras, **{p: new for p, (_, new) in ranges[PRIMARY.name].items()}}
    run = f"import importlib.metadata as m\nm.version = {pins!r}.__getitem__\n{fresh.source}"
    printed = subprocess.run(
        [sys.executable, "-c", run], capture_output=True, text=True, check=True
    ).stdout
    fresh.id, fresh.execution_count = old.get("id", fresh.id), old.execution_count
    fresh.outputs = [nbformat.v4.new_output("stream", name="stdout", text=printed)]
    notebook.cells[0] = fresh
    nbformat.write(notebook, path)
    return True


def cells_of(lesson: Lesson) -> list:
    """The page's prose and snippets in page order, then its exercises as a workbook."""
    text = lesson.page.read_text(encoding="utf-8").split("\n---\n", 1)[-1]  # drop front matter
    page = exercises.read(text)
    cells = [install_cell(lesson), *page_cells(page.before)]
    if page.exercises:
        intro = WORKBOOK.format(url=site_url(f"{lesson.page_name}.md#exercises"))
        cells.append(nbformat.v4.new_markdown_cell(f"{exercises.SECTION}\n\n{intro}"))
    for exercise in page.exercises:
        task = for_notebook(exercise.task)
        cells.append(nbformat.v4.new_markdown_cell(f"{exercise.heading}\n\n{task}"))
        cells.append(nbformat.v4.new_code_cell(""))
    for i, cell in enumerate(cells):
        cell.id = f"cell-{i:02d}"  # stable ids: nbformat would pick random ones
    return cells


def page_cells(text: str) -> list:
    """Markdown cells for the prose, and for each included snippet its name and a code cell."""
    cells, prose = [], []

    def flush():
        lines = "\n".join(prose).strip().split("\n")
        while lines and lines[0] in (">", ""):  # a quote that a snippet cut in two
            lines.pop(0)
        if body := "\n".join(lines).strip():
            cells.append(nbformat.v4.new_markdown_cell(for_notebook(body)))
        prose.clear()

    for kind, content in page_parts(text):
        if kind == "snippet":
            flush()
            cells += snippet_cells(PROJECT.resolve(content))
            continue
        if HEADING.match(content):
            flush()
        prose.append(content)
    flush()
    return cells


def selfchecks_as_prose(lines: list[str]) -> list[str]:
    """The page's lines, each self-check replaced by its notebook Markdown (the answer in a
    closed <details>)."""
    out, skip = [], 0
    for number, line in enumerate(lines, 1):
        if skip:
            skip -= 1
        elif (directive := DIRECTIVE.match(line)) and directive["name"] == "selfcheck":
            check, skip = selfcheck.read(lines, number, directive["arg"] or "")
            out += selfcheck.for_notebook(check).splitlines()
        else:
            out.append(line)
    return out


def page_parts(text: str):
    """The page as ("prose", line), admonitions as quotes, and ("snippet", include target).
    Outputs and the Verified note are left out: the notebook shows its own."""
    fence, quoting = None, False
    for line in selfchecks_as_prose(text.splitlines()):
        if fence is not None:  # inside a fenced block: a snippet's, or one kept as prose
            fence.append(line)
            if line.strip() == "```":
                yield from fenced(fence)
                fence = None
        elif line.lstrip().startswith("```"):
            fence = [line.removeprefix("    ") if quoting else line]
        elif DIRECTIVE.match(line):
            continue  # the Verified note: the notebook's install cell says what it ran on
        elif snippet := shown.SNIPPET_LINE.match(line):
            yield "snippet", snippet["target"]
        elif admonition := ADMONITION.match(line):
            quoting = True
            yield "prose", f"> **{admonition[2] or admonition[1].title()}**"
        elif not INCLUDE.match(line):
            quoting = quoting and (line.startswith("    ") or not line.strip())
            yield "prose", f"> {line[4:]}".rstrip() if quoting else line


def fenced(lines: list[str]):
    snippet = next(filter(is_lesson_snippet, INCLUDE.findall("\n".join(lines))), None)
    if snippet:
        yield "snippet", snippet
    else:
        yield from (("prose", line) for line in lines)


def snippet_cells(snippet: Path) -> list:
    # The anchor a task's "Start from [`01_fit.py`](#01_fit)" lands on, as on the page.
    name = f'<a id="{snippet.stem}"></a>`{snippet.name}`'
    source = snippet.read_text(encoding="utf-8").rstrip("\n")
    cells = [nbformat.v4.new_markdown_cell(name), nbformat.v4.new_code_cell(source)]
    plots = "\n".join(shown.plots(PROJECT.lesson_of(snippet), snippet)).strip()
    return cells + ([nbformat.v4.new_markdown_cell(for_notebook(plots))] if plots else [])


def for_notebook(markdown: str) -> str:
    """Links to other pages and to plots point at the published site. A plot becomes a link:
    an image would make the site's notebook page load it from the published site."""
    markdown = PAGE_LINK.sub(lambda m: f"]({site_url(m[1] + '.md' + (m[2] or ''))})", markdown)
    markdown = SITE_FILE.sub(lambda m: f"]({PROJECT.mkdocs_config['site_url']}{m[1]})", markdown)
    return markdown.replace("![", "[")


def site_url(page_link: str) -> str:
    """The published address of a page link such as ``10-fit.md#exercises``."""
    page, _, anchor = page_link.partition("#")
    path = "" if page == "index.md" else page.removesuffix(".md") + "/"
    return PROJECT.mkdocs_config["site_url"] + path + (f"#{anchor}" if anchor else "")


def coalesce(outputs: list) -> list:
    """Join runs of stdout chunks (the kernel splits them wherever it flushed) and drop stderr:
    TensorFlow's C++ start-up log lines carry timestamps, and are not lesson output."""
    kept = []
    for output in outputs:
        if output.get("name") == "stderr":
            continue
        if output.get("name") == "stdout" and kept and kept[-1].get("name") == "stdout":
            kept[-1]["text"] += output["text"]
        else:
            kept.append(output)
    return kept


def build(lesson: Lesson, ipython_dir: Path) -> Path:
    notebook = nbformat.v4.new_notebook(cells=cells_of(lesson))
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    with tempfile.TemporaryDirectory(prefix="notebook-") as workdir:
        NotebookClient(
            notebook,
            timeout=300,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": workdir}},
        ).execute(env={**os.environ, "IPYTHONDIR": str(ipython_dir)})
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = coalesce(cell.outputs)
    target = lesson.notebook
    if target.is_file() and same_within_noise(nbformat.read(target, as_version=4), notebook):
        return target
    target.parent.mkdir(exist_ok=True)
    nbformat.write(notebook, target)
    return target


def cell_texts(notebook) -> list[tuple[str, str, str]]:
    """(type, source, text of the outputs) of each cell."""
    texts = []
    for cell in notebook.cells:
        outputs = cell.get("outputs", [])
        text = "".join(o.get("text") or o.get("data", {}).get("text/plain", "") for o in outputs)
        texts.append((cell.cell_type, cell.source, text))
    return texts


def same_within_noise(committed, executed) -> bool:
    """The same cells, printing the same outputs up to float noise."""
    old, new = cell_texts(committed), cell_texts(executed)
    return len(old) == len(new) and all(
        o[:2] == n[:2] and differences(o[2], n[2]) is None for o, n in zip(old, new)
    )


def main(selected: list[str]) -> None:
    os.environ["KERAS_BACKEND"] = PRIMARY.name  # the pages say notebooks run on it
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    wanted = {PROJECT.lesson_of(PROJECT.root / s) for s in selected}
    chosen = [lesson for lesson in PROJECT.lessons() if not wanted or lesson in wanted]
    with tempfile.TemporaryDirectory(prefix="ipython-") as ipython_dir:
        startup = Path(ipython_dir) / "profile_default" / "startup" / "00-seed.py"
        startup.parent.mkdir(parents=True)
        startup.write_text(KERNEL_STARTUP)
        for i, lesson in enumerate(chosen, 1):
            target = build(lesson, Path(ipython_dir))
            print(f"[{i}/{len(chosen)}] {PROJECT.relative(target)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
