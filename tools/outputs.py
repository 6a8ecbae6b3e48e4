"""Part of `make outputs`: the plots, which need a training run on the primary backend.

``pytest --update-outputs`` (run by `make outputs` on each backend) writes what each snippet
printed, ``outputs/NN_slug/NN_name.<backend>.txt``, and the records. This command then writes:

    docs/plots/NN_slug/*.svg       training curves, figures a snippet saves (primary backend)
    outputs/plots.json             per plotted snippet: sha256 of the source its plots came from

Everything else a page shows beside a snippet (its output tabs, the Verified note) is rendered
from those measurements when the site is built (:mod:`render`).

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

from verify import backends, records
from verify.layout import PROJECT, is_exercise

ROOT = PROJECT.root
OUTPUTS = PROJECT.outputs
PLOT_STAMPS = OUTPUTS / "plots.json"
PLOTS = PROJECT.docs / "plots"
# The training lessons and the capstone: their pages show the curves of each `history`.
CURVES_FOR = {10, 11, 12, 16}
PLOTTED_DIGITS = 3  # significant digits of the history values a plot is drawn from


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
    stamps = json.loads(PLOT_STAMPS.read_text()) if PLOT_STAMPS.exists() and selected else {}
    for i, snippet in enumerate(snippets, 1):
        name = PROJECT.relative(snippet)
        lesson = PROJECT.lesson_of(snippet)
        print(f"[{i}/{len(snippets)}] {name}", flush=True)
        stamps.pop(name, None)
        # The curves of a lesson's examples; an exercise's solution shows its own output only.
        curves = lesson.number in CURVES_FOR and not is_exercise(snippet)
        if curves or "savefig" in snippet.read_text(encoding="utf-8"):
            if plot(snippet):
                stamps[name] = records.sha256(snippet)
    PLOT_STAMPS.write_text(json.dumps(dict(sorted(stamps.items())), indent=2) + "\n")
    print(f"wrote the plots of {len(snippets)} snippets under docs/plots/")


if __name__ == "__main__":
    main(sys.argv[1:])
