"""`make outputs`: run the snippets and write what the pages show under them.

    outputs/NN_slug/NN_name.txt    exactly what snippets/NN_slug/NN_name.py printed
    outputs/NN_slug/about.md       the versions that produced the page's outputs (included by it)
    outputs/stamps.json            per snippet: sha256 of the source its output came from
    docs/plots/NN_slug/*.svg       the figures a snippet saved, for its page

`python -m tools.outputs snippets/NN_slug/NN_name.py` regenerates one snippet. The tests compare
each snippet's sha256 with its stamp, so an output cannot go stale unnoticed. Runs are made
byte-reproducible: seeds, deterministic TensorFlow ops, no dates in SVG files.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path

from tests.pages import ROOT, SNIPPETS, snippet_files

OUTPUTS = ROOT / "outputs"
STAMPS = OUTPUTS / "stamps.json"
PLOTS = ROOT / "docs" / "plots"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def output_path(snippet: Path) -> Path:
    return OUTPUTS / snippet.relative_to(SNIPPETS).with_suffix(".txt")


def versions() -> dict[str, str]:
    import keras

    found = {"keras": keras.__version__, "backend": keras.backend.backend()}
    if found["backend"] == "tensorflow":
        import tensorflow as tf

        found["tensorflow"] = tf.__version__
    found["python"] = platform.python_version()
    return found


def about_page(folder: str, used: dict[str, str]) -> str:
    backend = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "PyTorch"}[used["backend"]]
    engine = f"{backend} {used[used['backend']]}" if used["backend"] in used else backend
    return (
        f'!!! info "Verified"\n'
        f"    Every example on this page was run by the test suite; the outputs shown were "
        f"printed by Keras {used['keras']} on {engine} (Python {used['python']}).\n"
    )


def regenerate(snippet: Path) -> None:
    from tests.snippet_runner import run_snippet

    with tempfile.TemporaryDirectory(prefix="outputs-") as workdir:
        run = run_snippet(snippet, Path(workdir))
        output_path(snippet).parent.mkdir(parents=True, exist_ok=True)
        output_path(snippet).write_text(run.stdout, encoding="utf-8")
        folder = snippet.parent.name
        for figure in sorted(Path(workdir).glob("*.svg")):
            target = PLOTS / folder / f"{snippet.stem}-{figure.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(figure, target)


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

    snippets = [ROOT / s for s in selected] if selected else snippet_files()
    if not selected:  # a full run also drops what deleted or renamed snippets left behind
        shutil.rmtree(PLOTS, ignore_errors=True)
        for old in OUTPUTS.rglob("*.txt"):
            old.unlink()
    stamps = json.loads(STAMPS.read_text()) if STAMPS.exists() and selected else {}
    used = versions()
    for i, snippet in enumerate(snippets, 1):
        name = snippet.relative_to(ROOT).as_posix()
        print(f"[{i}/{len(snippets)}] {name}", flush=True)
        regenerate(snippet)
        stamps[name] = {"sha256": sha256(snippet), **used}
    for folder in sorted({s.parent.name for s in snippets}):
        (OUTPUTS / folder / "about.md").write_text(about_page(folder, used), encoding="utf-8")
    STAMPS.write_text(json.dumps(dict(sorted(stamps.items())), indent=2) + "\n")
    print(f"wrote the outputs of {len(snippets)} snippets under {OUTPUTS.relative_to(ROOT)}/")


if __name__ == "__main__":
    main(sys.argv[1:])
