"""Run one snippet file in this process with fresh Keras state, and register checks on it.

The pytest plugin in the root ``conftest.py`` calls :func:`run_snippet` for every
``snippets/**/*.py``. Keras is imported once per process (about 4 s with TensorFlow);
each snippet then gets a cleared Keras session, reset seeds, an empty temporary working
directory and no open matplotlib figures, so snippets cannot leak state into each other.

Semantic checks live in ``tests/checks/<snippet folder>.py``::

    from tests.snippet_runner import check

    @check("01_sequential.py")
    def has_three_dense_layers(run):
        assert len(run.globals["model"].layers) == 3

``run`` is the :class:`SnippetRun` of that snippet: its globals and what it printed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import io
import os
import runpy
import sys
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
CHECKS = ROOT / "tests" / "checks"
SEED = 0


@dataclasses.dataclass
class SnippetRun:
    path: Path
    globals: dict
    stdout: str
    files: dict[str, bytes]  # what the snippet wrote into its working directory


# Python's default filters hide these unless the reader's own file (__main__) triggers them:
# a DeprecationWarning that Keras raises inside itself (as get_weights() does on JAX with
# NumPy 2) is not shown to someone running the snippet, so it does not fail the snippet.
HIDDEN_BY_DEFAULT = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


class SnippetWarning(Exception):
    """A snippet emitted a Python warning; lessons must run clean."""

    def __init__(self, message: str, lineno: int | None):
        super().__init__(message)
        self.lineno = lineno  # the snippet line that led to the first warning


def fresh_state() -> None:
    """Forget every model, layer name and random state a previous snippet left behind."""
    import keras

    keras.backend.clear_session()
    # Seeds Python's random, NumPy and the backend's generator in one call.
    keras.utils.set_random_seed(SEED)
    with contextlib.suppress(ImportError):
        import matplotlib.pyplot as plt

        plt.close("all")


def run_snippet(path: Path, workdir: Path) -> SnippetRun:
    """Execute ``path`` as ``__main__`` in ``workdir``; raise on error or on any warning."""
    import matplotlib

    matplotlib.use("Agg")  # no display here; snippets that plot write files instead
    fresh_state()
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
    return SnippetRun(path, namespace, stdout.getvalue(), files)


# Checks -----------------------------------------------------------------------------------

Check = Callable[[SnippetRun], None]
_registry: dict[tuple[str, str], list[Check]] = {}


def check(snippet_name: str) -> Callable[[Check], Check]:
    """Register the decorated function as a semantic check of ``snippet_name``.

    The snippet folder is the name of the checks module: checks in
    ``tests/checks/03_instantiate_a_model.py`` apply to ``snippets/03_instantiate_a_model/``.
    """

    def register(func: Check) -> Check:
        folder = Path(func.__code__.co_filename).stem
        _registry.setdefault((folder, snippet_name), []).append(func)
        return func

    return register


_unsupported: dict[tuple[str, str], dict[str, str]] = {}


def not_on(backend: str, snippet_name: str, reason: str) -> None:
    """Declare, in a checks module, that a snippet cannot run on ``backend``, and why.

    Its items are skipped on that backend with the reason, and its page says so.
    """
    folder = Path(sys._getframe(1).f_code.co_filename).stem
    _unsupported.setdefault((folder, snippet_name), {})[backend] = reason


def unsupported_on(path: Path) -> dict[str, str]:
    """Backends the snippet at ``path`` cannot run on, with the reasons."""
    load_checks(path.parent.name)
    return _unsupported.get((path.parent.name, path.name), {})


def load_checks(folder: str) -> None:
    """Import ``tests/checks/<folder>.py`` once, which registers its checks."""
    module_path = CHECKS / f"{folder}.py"
    name = f"snippet_checks_{folder}"
    if not module_path.exists() or name in _loaded:
        return
    spec = importlib.util.spec_from_file_location(name, module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _loaded.add(name)
    for registered_folder, snippet_name in _registry:
        if registered_folder == folder and not (SNIPPETS / folder / snippet_name).exists():
            raise LookupError(
                f"{module_path.relative_to(ROOT)} checks {snippet_name!r}, "
                f"but snippets/{folder}/{snippet_name} does not exist"
            )


_loaded: set[str] = set()


def checks_for(path: Path) -> list[Check]:
    """The checks registered for the snippet file at ``path``."""
    load_checks(path.parent.name)
    return list(_registry.get((path.parent.name, path.name), []))
