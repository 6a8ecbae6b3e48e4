"""pytest plugin: every ``snippets/**/*.py`` is a test file.

``pytest snippets`` verifies every snippet, ``pytest snippets/03_x/01_y.py`` one of them.
Each snippet file yields a ``run`` item (the snippet runs end to end, no warnings allowed)
and one item per semantic check registered for it in ``tests/checks/``.

The Keras backend is fixed when Keras is imported, so one pytest process verifies one backend:
``KERAS_BACKEND=jax pytest snippets``. A backend whose package is not installed (PyTorch is
optional) skips every snippet with that reason; a snippet that cannot run on a backend is
declared with ``not_on()`` in its checks module and skipped there with its reason.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's C++ start-up chatter

from tests import pages, snippet_runner, verified  # noqa: E402

ROOT = Path(__file__).resolve().parent
SNIPPET_TIMEOUT = float(os.environ.get("SNIPPET_TIMEOUT", "60"))
BACKEND = os.environ["KERAS_BACKEND"]
BACKEND_MISSING = importlib.util.find_spec(BACKEND) is None  # the package is named as the backend


def pytest_addoption(parser):
    parser.addoption(
        "--record-verified",
        action="store_true",
        help="write outputs/verified/<backend>.json: the snippets whose items all passed",
    )


def pytest_runtest_logreport(report):
    # Runs where reports arrive: in the xdist controller too, which collects nothing itself.
    snippet = report.nodeid.split("::")[0]
    if snippet.startswith("snippets/") and (report.when == "call" or report.outcome != "passed"):
        passed = report.outcome == "passed"
        _verified[snippet] = _verified.get(snippet, True) and passed


_verified: dict[str, bool] = {}


def pytest_sessionfinish(session):
    controller = not hasattr(session.config, "workerinput")
    if session.config.getoption("record_verified") and controller and not BACKEND_MISSING:
        verified.record(BACKEND, [name for name, ok in _verified.items() if ok], list(_verified))


def pytest_report_header():
    return f"keras backend: {BACKEND}" + (" (not installed)" if BACKEND_MISSING else "")


def is_snippet(path: Path) -> bool:
    return path.suffix == ".py" and pages.SNIPPETS in path.parents


def pytest_collect_file(file_path: Path, parent):
    # A file named on the command line goes through pytest_pycollect_makemodule instead.
    if is_snippet(file_path) and not parent.session.isinitpath(file_path):
        return SnippetFile.from_parent(parent, path=file_path)
    return None


def pytest_pycollect_makemodule(module_path: Path, parent):
    if is_snippet(module_path):
        return SnippetFile.from_parent(parent, path=module_path)
    return None


class SnippetFile(pytest.File):
    _outcome: snippet_runner.SnippetRun | BaseException | None = None

    def collect(self):
        run = SnippetItem.from_parent(self, name="run")
        if BACKEND_MISSING:  # checks modules import Keras, which cannot load without it
            reason = f"{BACKEND} is not installed (an optional backend)"
            run.add_marker(pytest.mark.skip(reason=reason))
            yield run
            return
        # Import Keras here, once per process, so that no snippet's timeout pays for it.
        import keras  # noqa: F401

        checks = [
            CheckItem.from_parent(self, name=func.__name__, func=func)
            for func in snippet_runner.checks_for(self.path)
        ]
        reason = snippet_runner.unsupported_on(self.path).get(BACKEND)
        for item in [run, *checks]:
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"does not run on {BACKEND}: {reason}"))
            yield item

    def run(self) -> snippet_runner.SnippetRun:
        """Run the snippet once for all items of this file; later items reuse the outcome."""
        if self._outcome is None:
            try:
                with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
                    self._outcome = snippet_runner.run_snippet(self.path, Path(workdir))
            except BaseException as exc:  # noqa: BLE001 - reported by every item of the file
                self._outcome = exc
                raise
        if isinstance(self._outcome, BaseException):
            raise SnippetDidNotRun(self._outcome)
        return self._outcome

    def describe(self, excinfo: pytest.ExceptionInfo) -> str:
        """First lines of a failure: the snippet file and line, and the pages that show it."""
        rel = self.path.relative_to(ROOT).as_posix()
        line = getattr(excinfo.value, "lineno", None) or next(
            (
                entry.lineno + 1
                for entry in reversed(excinfo.traceback)
                if Path(str(entry.path)) == self.path
            ),
            None,
        )
        where = f"{rel}:{line}" if line else rel
        shown_on = pages.includes().get(pages.snippet_id(self.path))
        return (
            f"{where}: {excinfo.typename}: {excinfo.value}\n"
            f"shown on: {', '.join(shown_on) if shown_on else 'no page (orphan snippet)'}"
        )


class SnippetDidNotRun(Exception):
    """A check cannot run because its snippet failed (reported by its ``run`` item)."""


class SnippetItem(pytest.Item):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.add_marker(pytest.mark.timeout(SNIPPET_TIMEOUT))

    def runtest(self):
        self.parent.run()

    def repr_failure(self, excinfo, style=None):
        header = self.parent.describe(excinfo)
        if isinstance(excinfo.value, snippet_runner.SnippetWarning):
            return header
        # Show the reader's code, not the runner's frames around it.
        in_snippet = excinfo.traceback.filter(lambda entry: Path(str(entry.path)) == self.path)
        if in_snippet:
            excinfo.traceback = in_snippet
        return header + "\n\n" + str(super().repr_failure(excinfo, style or "short"))

    def reportinfo(self):
        return self.path, 0, f"{self.path.relative_to(ROOT)}::run"


class CheckItem(pytest.Item):
    def __init__(self, *, func, **kwargs):
        super().__init__(**kwargs)
        self.func = func
        self.add_marker(pytest.mark.timeout(SNIPPET_TIMEOUT))

    def runtest(self):
        self.func(self.parent.run())

    def repr_failure(self, excinfo, style=None):
        rel = self.path.relative_to(ROOT).as_posix()
        if isinstance(excinfo.value, SnippetDidNotRun):
            return f"{rel}: not checked, the snippet itself failed: {excinfo.value}"
        code = self.func.__code__
        checks_file = Path(code.co_filename).relative_to(ROOT).as_posix()
        return f"{rel}: check {self.name!r} ({checks_file}:{code.co_firstlineno}) failed\n\n" + str(
            super().repr_failure(excinfo, style)
        )

    def reportinfo(self):
        return self.path, 0, f"{self.path.relative_to(ROOT)}::{self.name}"
