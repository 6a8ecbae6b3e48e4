"""Part of `make outputs`: what the pages show beside the outputs that pytest records.

``pytest --update-outputs`` (run by `make outputs` on each backend) writes what each snippet
printed, ``outputs/NN_slug/NN_name.<backend>.txt``. This command then writes:

    outputs/NN_slug/NN_name.md     the block under the snippet on its page: one tab per backend
    outputs/NN_slug/about.md       the backends and versions that verified the page (included by it)
    outputs/versions.md            the same for the home page
    docs/plots/NN_slug/*.svg       training curves, figures a snippet saves (primary backend)
    outputs/plots.json             per plotted snippet: sha256 of the source its plots came from

`python -m tools.outputs snippets/NN_slug/NN_name.py` redoes one snippet. Plots are drawn from
training histories rounded to 3 significant digits, with no dates or random ids in the SVG, so
that float noise between machines of one kind changes no byte.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from verify import backends, checks, compatibility, errata, records
from verify.layout import PROJECT, Lesson, is_exercise

ROOT = PROJECT.root
OUTPUTS = PROJECT.outputs
PLOT_STAMPS = OUTPUTS / "plots.json"
PLOTS = PROJECT.docs / "plots"
# The training lessons and the capstone: their pages show the curves of each `history`.
CURVES_FOR = {10, 11, 12, 16}
PLOTTED_DIGITS = 3  # significant digits of the history values a plot is drawn from


def output_tabs(lesson: Lesson, snippet: Path) -> str:
    """The snippet's outputs as content tabs, one per backend with a verified record."""
    excluded = checks.load(lesson).not_on(snippet)
    lines = []
    for backend in records.recorded():
        lines += [f'=== "{backend.display}"', ""]
        if backend.name in excluded:
            lines += [
                f'    !!! warning "Does not run on {backend.display}"',
                f"        {excluded[backend.name]}",
            ]
        else:
            target = PROJECT.relative(lesson.output(snippet, backend.name))
            lines += [
                '    ```text title="Output"',
                f'    --8<-- "{target.removeprefix("outputs/")}"',
                "    ```",
            ]
        lines.append("")
    return "\n".join(lines)


def about_page(lesson: Lesson) -> str:
    """The note under a page's title: where its examples were verified, and its notebook."""
    not_on = checks.load(lesson).not_on
    verified_on, skipped = [], []
    for backend in records.recorded():
        record = records.load(backend.name)
        missing = [p for p in lesson.snippets if backend.name in not_on(p)]
        if all(
            PROJECT.relative(p) in record["snippets"] for p in lesson.snippets if p not in missing
        ):
            verified_on.append(f"{backend.display} {record['versions'][backend.name]}")
            keras = record["versions"]["keras"]
            skipped += [
                f"`{p.name}` not on {backend.display}: {not_on(p)[backend.name]}" for p in missing
            ]
    if not verified_on:
        raise LookupError(
            f"no backend verified every snippet of {PROJECT.relative(lesson.folder)}/"
        )
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
    engines = []
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


def colab_url(notebook: str) -> str:
    repo = PROJECT.mkdocs_config["repo_url"].removeprefix("https://github.com/").strip("/")
    return (
        f"https://colab.research.google.com/github/{repo}/blob/main/docs/notebooks/{notebook}.ipynb"
    )


def round_histories() -> None:
    """Round what each History records, so that plots do not carry float noise."""
    import keras

    record = keras.callbacks.History.on_epoch_end

    def on_epoch_end(self, epoch, logs=None):
        rounded = {k: float(f"{float(v):.{PLOTTED_DIGITS}g}") for k, v in (logs or {}).items()}
        record(self, epoch, rounded)

    keras.callbacks.History.on_epoch_end = on_epoch_end


def plot_history(history, target: Path) -> None:
    """Training curves of a History: loss and val_loss, accuracy and val_accuracy if present."""
    import matplotlib.pyplot as plt

    panels = [m for m in ("loss", "accuracy") if m in history.history]
    figure, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels), 3.2), squeeze=False)
    for ax, metric in zip(axes[0], panels):
        epochs = range(1, len(history.history[metric]) + 1)
        for key in (metric, f"val_{metric}"):
            if key in history.history:
                ax.plot(epochs, history.history[key], marker="o", markersize=3, label=key)
        ax.set_xlabel("epoch")
        ax.set_title(metric)
        ax.legend()
    figure.tight_layout()
    figure.savefig(target)
    plt.close(figure)


def plot(snippet: Path) -> bool:
    """Write the figures one snippet saved and the curves of its training; whether it has any."""
    import keras

    from verify.runner import run_snippet

    lesson = PROJECT.lesson_of(snippet)
    folder = lesson.name
    with tempfile.TemporaryDirectory(prefix="outputs-") as workdir:
        run = run_snippet(snippet, Path(workdir))
    for name, content in sorted(run.files.items()):
        if name.endswith(".svg"):
            (PLOTS / folder).mkdir(parents=True, exist_ok=True)
            (PLOTS / folder / f"{snippet.stem}-{name}").write_bytes(content)
    history = run.globals.get("history")
    saved_own = any(name.endswith(".svg") for name in run.files)
    if (
        lesson.number in CURVES_FOR
        and not saved_own
        and isinstance(history, keras.callbacks.History)
    ):
        (PLOTS / folder).mkdir(parents=True, exist_ok=True)
        plot_history(history, PLOTS / folder / f"{snippet.stem}.svg")
    return any(PLOTS.glob(f"{folder}/{snippet.stem}*.svg"))


def main(selected: list[str]) -> None:
    os.environ["KERAS_BACKEND"] = backends.PRIMARY.name  # the pages say plots are made on it
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ["SOURCE_DATE_EPOCH"] = "0"  # matplotlib writes this instead of today's date
    import keras
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "keras-verified"  # stable ids inside SVG files
    if keras.backend.backend() == "tensorflow":
        import tensorflow as tf

        tf.config.experimental.enable_op_determinism()

    round_histories()
    snippets = [ROOT / s for s in selected] if selected else PROJECT.snippet_files()
    if not selected:  # a full run also drops what deleted or renamed snippets left behind
        shutil.rmtree(PLOTS, ignore_errors=True)
        for old in OUTPUTS.glob("[0-9][0-9]_*/*.md"):
            old.unlink()
    stamps = json.loads(PLOT_STAMPS.read_text()) if PLOT_STAMPS.exists() and selected else {}
    for i, snippet in enumerate(snippets, 1):
        name = PROJECT.relative(snippet)
        lesson = PROJECT.lesson_of(snippet)
        print(f"[{i}/{len(snippets)}] {name}", flush=True)
        lesson.output_tabs(snippet).write_text(output_tabs(lesson, snippet), encoding="utf-8")
        stamps.pop(name, None)
        # The curves of a lesson's examples; an exercise's solution shows its own output only.
        curves = lesson.number in CURVES_FOR and not is_exercise(snippet)
        if curves or "savefig" in snippet.read_text(encoding="utf-8"):
            if plot(snippet):
                stamps[name] = records.sha256(snippet)
    for lesson in sorted({PROJECT.lesson_of(s) for s in snippets}, key=lambda x: x.number):
        (lesson.outputs / "about.md").write_text(about_page(lesson), encoding="utf-8")
    (OUTPUTS / "versions.md").write_text(versions_note(), encoding="utf-8")
    PLOT_STAMPS.write_text(json.dumps(dict(sorted(stamps.items())), indent=2) + "\n")
    print(
        f"wrote the output tabs and plots of {len(snippets)} snippets under outputs/, docs/plots/"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
