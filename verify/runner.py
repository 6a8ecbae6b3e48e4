"""Run one snippet file in this process, with fresh Keras state, as a reader would run it.

Keras is imported once per process (about 4 s with TensorFlow); each snippet then gets a
cleared Keras session, an empty working directory and no open matplotlib figures, so that
snippets cannot leak state into each other. Keras is imported when a snippet runs, not when
this module is.

The runner never seeds on a snippet's behalf: a snippet whose output depends on randomness
seeds itself, as a reader's fresh Python needs it to. To make a forgotten seed fail at once
rather than by luck, the runner seeds every generator with a new random value before each
snippet, so that an unseeded snippet prints other numbers than its committed output.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import random
import runpy
import traceback
import warnings
from pathlib import Path


@dataclasses.dataclass
class SnippetRun:
    path: Path
    globals: dict
    stdout: str
    files: dict[str, bytes]  # what the snippet wrote into its working directory
    seed: int  # what the runner seeded with before the snippet (which may seed itself)


# Python's default filters hide these unless the reader's own file (__main__) triggers them:
# a DeprecationWarning that Keras raises inside itself (as get_weights() does on JAX with
# NumPy 2) is not shown to someone running the snippet, so it does not fail the snippet.
HIDDEN_BY_DEFAULT = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


class SnippetWarning(Exception):
    """A snippet emitted a Python warning; lessons must run clean."""

    def __init__(self, message: str, lineno: int | None):
        super().__init__(message)
        self.lineno = lineno  # the snippet line that led to the first warning


def fresh_state() -> int:
    """Forget every model and layer name a previous snippet left; scramble the random state.

    Returns the seed, a new one each time, given to Python's random, NumPy and the backend.
    """
    import keras

    keras.backend.clear_session()
    seed = random.SystemRandom().randrange(2**31)
    keras.utils.set_random_seed(seed)
    with contextlib.suppress(ImportError):
        import matplotlib.pyplot as plt

        plt.close("all")
    return seed


def run_snippet(path: Path, workdir: Path) -> SnippetRun:
    """Execute ``path`` as ``__main__`` in ``workdir``; raise on error or on any warning."""
    import matplotlib

    matplotlib.use("Agg")  # no display here; snippets that plot write files instead
    seed = fresh_state()
    stdout = io.StringIO()
    cwd = os.getcwd()
    os.chdir(workdir)
    caught: list[tuple[int | None, str]] = []

    def record(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, HIDDEN_BY_DEFAULT) and filename != str(path):
            return  # Python would not show it to a reader running the file either
        # Keras warns from inside its own code; name the snippet line that led there.
        snippet_line = next(
            (f.lineno for f in reversed(traceback.extract_stack()) if f.filename == str(path)),
            None,
        )
        where = f"line {snippet_line}" if snippet_line else f"{filename}:{lineno}"
        caught.append((snippet_line, f"{where}: {category.__name__}: {message}"))

    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(stdout):
            warnings.simplefilter("always")
            warnings.showwarning = record
            namespace = runpy.run_path(str(path), run_name="__main__")
    finally:
        os.chdir(cwd)
    if caught:
        lines = "\n  ".join(text for _, text in caught)
        raise SnippetWarning(f"the snippet emitted warnings:\n  {lines}", caught[0][0])
    files = {f.name: f.read_bytes() for f in workdir.iterdir() if f.is_file()}
    return SnippetRun(path, namespace, stdout.getvalue(), files, seed)
