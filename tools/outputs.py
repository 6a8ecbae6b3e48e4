"""`make outputs`: run the snippets and write what the pages show under them.

    outputs/NN_slug/NN_name.txt    exactly what snippets/NN_slug/NN_name.py printed
    outputs/NN_slug/about.md       the backends and versions that verified the page (included by it)
    outputs/stamps.json            per snippet: sha256 of the source its output came from
    docs/plots/NN_slug/*.svg       the figures a snippet saved, for its page

`python -m tools.outputs snippets/NN_slug/NN_name.py` regenerates one snippet. The tests compare
each snippet's sha256 with its stamp, so an output cannot go stale unnoticed. Runs are made
byte-reproducible: seeds, deterministic TensorFlow ops, no dates in SVG files.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from verify import checks, errata, records
from verify.layout import PROJECT, Lesson

ROOT = PROJECT.root
OUTPUTS = PROJECT.outputs
STAMPS = OUTPUTS / "stamps.json"
PLOTS = PROJECT.docs / "plots"
# The training lessons: their pages show the curves of each snippet's `history`.
CURVES_FOR = {10, 11, 12}


sha256 = records.sha256


def output_path(snippet: Path) -> Path:
    return PROJECT.lesson_of(snippet).outputs / f"{snippet.stem}.txt"


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
        + ". The outputs shown were printed on TensorFlow.",
        *[f"    {line}" for line in skipped],
        "",
        f"    Run it yourself: [notebook with outputs](notebooks/{notebook}.ipynb) · "
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
        "of these backends, with their checks.\n"
    )


def colab_url(notebook: str) -> str:
    repo = PROJECT.mkdocs_config["repo_url"].removeprefix("https://github.com/").strip("/")
    return (
        f"https://colab.research.google.com/github/{repo}/blob/main/docs/notebooks/{notebook}.ipynb"
    )


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


def regenerate(snippet: Path) -> None:
    """Write the output of one snippet, the figures it saved and the curves of its training."""
    import keras

    from verify.runner import run_snippet

    lesson = PROJECT.lesson_of(snippet)
    folder = lesson.name
    with tempfile.TemporaryDirectory(prefix="outputs-") as workdir:
        run = run_snippet(snippet, Path(workdir))
    output_path(snippet).parent.mkdir(parents=True, exist_ok=True)
    output_path(snippet).write_text(run.stdout, encoding="utf-8")
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


def main(selected: list[str]) -> None:
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ["SOURCE_DATE_EPOCH"] = "0"  # matplotlib writes this instead of today's date
    import keras
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "keras-verified"  # stable ids inside SVG files
    if keras.backend.backend() == "tensorflow":
        import tensorflow as tf

        tf.config.experimental.enable_op_determinism()

    snippets = [ROOT / s for s in selected] if selected else PROJECT.snippet_files()
    if not selected:  # a full run also drops what deleted or renamed snippets left behind
        shutil.rmtree(PLOTS, ignore_errors=True)
        for old in OUTPUTS.rglob("*.txt"):
            old.unlink()
    stamps = json.loads(STAMPS.read_text()) if STAMPS.exists() and selected else {}
    for i, snippet in enumerate(snippets, 1):
        name = snippet.relative_to(ROOT).as_posix()
        print(f"[{i}/{len(snippets)}] {name}", flush=True)
        regenerate(snippet)
        stamps[name] = {"sha256": sha256(snippet)}
    for lesson in sorted(
        {PROJECT.lesson_of(s) for s in snippets}, key=lambda lesson: lesson.number
    ):
        (lesson.outputs / "about.md").write_text(about_page(lesson), encoding="utf-8")
    (OUTPUTS / "versions.md").write_text(versions_note(), encoding="utf-8")
    STAMPS.write_text(json.dumps(dict(sorted(stamps.items())), indent=2) + "\n")
    print(f"wrote the outputs of {len(snippets)} snippets under {OUTPUTS.relative_to(ROOT)}/")


if __name__ == "__main__":
    main(sys.argv[1:])
