"""pytest plugin: every ``snippets/**/*.py`` of the tree under test is a test file.

Enable it with ``pytest_plugins = ["verify.plugin"]`` in the root ``conftest.py``.
``pytest snippets`` verifies every snippet, ``pytest snippets/03_x/01_y.py`` one of them. Each
snippet file yields a ``run`` item (the snippet runs end to end, no warnings allowed, and prints
its committed output for this backend, within :mod:`verify.compare`'s tolerance) and one item
per check that its lesson's checks module registers for it (see :mod:`verify.checks`).
``--update-outputs`` writes what each snippet printed as its committed output instead.
``--compat-report FILE`` (``make compat``, on other Keras releases) compares no output: it writes
per snippet whether it passed, its first error, and whether its output drifted.

The Keras backend is fixed when Keras is imported, so one pytest process verifies one backend:
``KERAS_BACKEND=jax pytest snippets``. An optional backend that is not installed skips every
snippet with that reason; a snippet that snippets/not_on.toml excludes from a backend is skipped
there with its reason.
"""

from __future__ import annotations

import json
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

import pytest

from verify import backends, checks, compare, records
from verify.layout import Layout
from verify.runner import SnippetRun, SnippetWarning, run_snippet

os.environ.setdefault("KERAS_BACKEND", backends.PRIMARY.name)
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's C++ start-up chatter

SNIPPET_TIMEOUT = float(os.environ.get("SNIPPET_TIMEOUT", "60"))
layout_key = pytest.StashKey[Layout]()


def pytest_addoption(parser):
    group = parser.getgroup("verify", "Keras, verified")
    group.addoption(
        "--record-verified",
        action="store_true",
        help="write outputs/verified/<backend>.json: the snippets whose items all passed",
    )
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="write what each snippet printed as its committed output, instead of comparing",
    )
    group.addoption(
        "--compat-report",
        type=Path,
        metavar="FILE",
        help="write per snippet: passed or its first error, and whether its output drifted "
        "(outputs are not compared: other Keras releases may print other numbers)",
    )
    group.addoption(
        "--all-pages",
        action="store_true",
        help="browser and Lighthouse tests on every page, not one page per template",
    )
    group.addoption(
        "--site",
        type=Path,
        metavar="DIR",
        help="a site already built by `python -m verify.site DIR`, instead of building one",
    )


def pytest_configure(config):
    try:
        backend = backends.get(os.environ["KERAS_BACKEND"])
    except LookupError as exc:
        raise pytest.UsageError(str(exc)) from None
    config.stash[layout_key] = Layout(config.rootpath)
    pytest.register_assert_rewrite(checks.PACKAGE)  # checks report the values they compared
    config.pluginmanager.register(SnippetCollector(config, backend), "verify-snippets")
    if config.getoption("record_verified"):
        config.pluginmanager.register(VerifiedRecorder(config, backend), "verify-recorder")
    if config.getoption("compat_report"):
        config.pluginmanager.register(CompatRecorder(config, backend), "verify-compat")


class SnippetCollector:
    """Turns snippet files into test items."""

    def __init__(self, config, backend: backends.Backend):
        self.layout = config.stash[layout_key]
        self.backend = backend
        self._includes: dict[str, list[str]] | None = None

    def pytest_report_header(self):
        missing = "" if self.backend.installed else " (not installed)"
        return f"keras backend: {self.backend.name}{missing}"

    def pytest_collect_file(self, file_path: Path, parent):
        # A file named on the command line goes through pytest_pycollect_makemodule instead.
        if self.layout.is_snippet(file_path) and not parent.session.isinitpath(file_path):
            return SnippetFile.from_parent(parent, path=file_path, collector=self)
        return None

    def pytest_pycollect_makemodule(self, module_path: Path, parent):
        if self.layout.is_snippet(module_path):
            return SnippetFile.from_parent(parent, path=module_path, collector=self)
        return None

    def shown_on(self, snippet: Path) -> list[str]:
        if self._includes is None:
            self._includes = self.layout.includes()
        return self._includes.get(self.layout.snippet_id(snippet), [])


class VerifiedRecorder:
    """Records, per backend, the snippets whose items all passed (``--record-verified``)."""

    def __init__(self, config, backend: backends.Backend):
        self.config = config
        self.backend = backend
        self.passed: dict[str, bool] = {}

    def pytest_runtest_logreport(self, report):
        # Runs where reports arrive: in the xdist controller too, which collects nothing itself.
        snippet = report.nodeid.split("::")[0]
        if snippet.startswith("snippets/") and (report.when == "call" or not report.passed):
            self.passed[snippet] = self.passed.get(snippet, True) and report.passed

    def pytest_sessionfinish(self, session):
        controller = not hasattr(self.config, "workerinput")
        if controller and self.backend.installed:
            passed = [name for name, ok in self.passed.items() if ok]
            records.record(
                self.backend.name, passed, list(self.passed), self.config.stash[layout_key]
            )


class CompatRecorder:
    """Writes ``--compat-report FILE``: per snippet, "pass" or its first error, and its drift."""

    def __init__(self, config, backend: backends.Backend):
        self.config = config
        self.backend = backend
        self.results: dict[str, dict] = {}

    def pytest_runtest_logreport(self, report):
        snippet, _, item = report.nodeid.partition("::")
        if not snippet.startswith("snippets/"):
            return
        result = self.results.setdefault(snippet, {"result": "pass", "drift": False})
        told = dict(report.user_properties)  # set by pytest_runtest_makereport, below
        if report.skipped and report.when == "setup":
            result["result"] = "skipped: " + told.get("skipped", "")
        elif report.failed and result["result"] == "pass":
            result["result"] = told.get("error", f"{item}: failed")
        result["drift"] |= bool(told.get("drift"))

    def pytest_sessionfinish(self, session):
        if hasattr(self.config, "workerinput"):  # xdist workers report to the controller
            return
        content = {
            "keras": version("keras"),
            "backend": self.backend.name,
            "backend_version": version(self.backend.package),
            "snippets": dict(sorted(self.results.items())),
        }
        target = self.config.getoption("compat_report")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(content, indent=2) + "\n")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A snippet item's report carries, as data, what the records say of it: the first line of
    its error, or why it was skipped (user_properties travel from xdist workers)."""
    report = yield
    if isinstance(item, SnippetItem | CheckItem):
        if report.failed and call.excinfo is not None:
            report.user_properties.append(("error", first_error(item, call.excinfo)))
        elif report.skipped and (skip := item.get_closest_marker("skip")):
            report.user_properties.append(("skipped", skip.kwargs.get("reason", "")))
    return report


def first_error(item: pytest.Item, excinfo: pytest.ExceptionInfo) -> str:
    """One line for a failure: where the snippet failed, or what the check asserted."""
    if isinstance(item, SnippetItem):
        return item.parent.describe(excinfo).splitlines()[0]
    lines = str(excinfo.value).splitlines() or [""]
    if isinstance(excinfo.value, AssertionError) and lines[0].startswith("assert "):
        detail = " ".join(line.strip() for line in lines[:2])  # "assert 3 == 99 + where ..."
    else:
        detail = f"{excinfo.typename}: {lines[0]}" if lines[0] else excinfo.typename
    return f"check {item.name}: {detail}"


class SnippetFile(pytest.File):
    def __init__(self, *, collector: SnippetCollector, **kwargs):
        super().__init__(**kwargs)
        self.collector = collector
        self.layout = collector.layout
        self.lesson = self.layout.lesson_of(self.path)
        self._outcome: SnippetRun | BaseException | None = None

    def collect(self):
        run = SnippetItem.from_parent(self, name="run")
        backend = self.collector.backend
        if not backend.installed:  # checks modules import Keras, which cannot load without it
            run.add_marker(pytest.mark.skip(reason=f"{backend.name} is not installed (optional)"))
            yield run
            return
        # Import Keras here, once per process, so that no snippet's timeout pays for it.
        import keras  # noqa: F401

        registered = checks.load(self.lesson)
        items = [run] + [
            CheckItem.from_parent(self, name=func.__name__, func=func)
            for func in registered.of(self.path)
        ]
        reason = self.lesson.not_on(self.path).get(backend.name)
        for item in items:
            if reason:
                item.add_marker(
                    pytest.mark.skip(reason=f"does not run on {backend.name}: {reason}")
                )
            yield item

    def run(self) -> SnippetRun:
        """Run the snippet once for all items of this file; later items reuse the outcome."""
        if self._outcome is None:
            try:
                with tempfile.TemporaryDirectory(prefix="snippet-") as workdir:
                    self._outcome = run_snippet(self.path, Path(workdir))
            except BaseException as exc:  # noqa: BLE001 - reported by every item of the file
                self._outcome = exc
                raise
        if isinstance(self._outcome, BaseException):
            raise SnippetDidNotRun(self._outcome)
        return self._outcome

    def committed_output(self) -> tuple[Path, str | None]:
        """The committed output file for this backend, and its text (None if missing)."""
        committed = self.lesson.output(self.path, self.collector.backend.name)
        return committed, committed.read_text(encoding="utf-8") if committed.is_file() else None

    def output_drifted(self, run: SnippetRun) -> bool:
        """Whether the snippet printed other than its committed output (beyond float noise)."""
        known = self.committed_output()[1]
        return known is None or compare.differences(known, run.stdout) is not None

    def compare_output(self, run: SnippetRun) -> None:
        """Fail unless the snippet printed its committed output (or, updating, write it)."""
        backend = self.collector.backend.name
        committed, known = self.committed_output()
        command = f"make outputs SNIPPET={self.layout.relative(self.path)}"
        if self.config.getoption("update_outputs"):
            # Within the tolerance the committed output stays: no churn from float noise.
            if known is None or compare.differences(known, run.stdout):
                committed.parent.mkdir(parents=True, exist_ok=True)
                committed.write_text(run.stdout, encoding="utf-8")
            return
        if known is None:
            raise OutputMismatch(
                f"no committed output on {backend}: {self.layout.relative(committed)} "
                f"is missing; run `{command}`"
            )
        diff = compare.differences(known, run.stdout)
        if diff:
            raise OutputMismatch(
                f"printed other than {self.layout.relative(committed)}, beyond float noise "
                f"(the runner seeded with {run.seed}; a snippet that draws random numbers "
                f"seeds itself). If the change is meant, run `{command}`\n{diff}"
            )

    def describe(self, excinfo: pytest.ExceptionInfo) -> str:
        """First lines of a failure: the snippet file and line, and the pages that show it."""
        line = getattr(excinfo.value, "lineno", None) or next(
            (
                entry.lineno + 1
                for entry in reversed(excinfo.traceback)
                if Path(str(entry.path)) == self.path
            ),
            None,
        )
        rel = self.layout.relative(self.path)
        where = f"{rel}:{line}" if line else rel
        shown_on = self.collector.shown_on(self.path)
        return (
            f"{where}: {excinfo.typename}: {excinfo.value}\n"
            f"shown on: {', '.join(shown_on) if shown_on else 'no page (orphan snippet)'}"
        )


class SnippetDidNotRun(Exception):
    """A check cannot run because its snippet failed (reported by its ``run`` item)."""


class OutputMismatch(Exception):
    """A snippet printed something other than its committed output for this backend."""


class SnippetItem(pytest.Item):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.add_marker(pytest.mark.timeout(SNIPPET_TIMEOUT))

    def runtest(self):
        run = self.parent.run()
        if self.config.getoption("compat_report"):
            self.user_properties.append(("drift", self.parent.output_drifted(run)))
        else:
            self.parent.compare_output(run)

    def repr_failure(self, excinfo, style=None):
        header = self.parent.describe(excinfo)
        if isinstance(excinfo.value, SnippetWarning | OutputMismatch):
            return header
        # Show the reader's code, not the runner's frames around it.
        in_snippet = excinfo.traceback.filter(lambda entry: Path(str(entry.path)) == self.path)
        if in_snippet:
            excinfo.traceback = in_snippet
        return header + "\n\n" + str(super().repr_failure(excinfo, style or "short"))

    def reportinfo(self):
        return self.path, 0, f"{self.parent.layout.relative(self.path)}::run"


class CheckItem(pytest.Item):
    def __init__(self, *, func, **kwargs):
        super().__init__(**kwargs)
        self.func = func
        self.add_marker(pytest.mark.timeout(SNIPPET_TIMEOUT))

    def runtest(self):
        self.func(self.parent.run())

    def repr_failure(self, excinfo, style=None):
        rel = self.parent.layout.relative(self.path)
        if isinstance(excinfo.value, SnippetDidNotRun):
            return f"{rel}: not checked, the snippet itself failed: {excinfo.value}"
        code = self.func.__code__
        # Start the traceback at the check itself, not at pytest's frames that called it.
        excinfo.traceback = excinfo.traceback.cut(path=code.co_filename) or excinfo.traceback
        defined_in = Path(code.co_filename)
        if defined_in.is_relative_to(self.parent.layout.root):
            defined_in = self.parent.layout.relative(defined_in)
        return f"{rel}: check {self.name!r} ({defined_in}:{code.co_firstlineno}) failed\n\n" + str(
            super().repr_failure(excinfo, style)
        )

    def reportinfo(self):
        return self.path, 0, f"{self.parent.layout.relative(self.path)}::{self.name}"
