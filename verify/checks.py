"""Semantic checks: what a lesson claims about its snippets, and the API to write them.

A lesson's checks module, ``tests/checks/NN_<slug>.py``, registers functions that receive the
:class:`~verify.runner.SnippetRun` of one snippet::

    from verify import check

    @check("01_sequential.py")
    def has_three_dense_layers(run):
        assert len(run.globals["model"].layers) == 3

(A snippet that cannot run on a backend is declared in ``snippets/not_on.toml``, data that the
site build reads without Keras: :meth:`verify.layout.Layout.exclusions`.)

Registration is explicit: :func:`load` sets the lesson whose module it is importing, and
``check`` registers into that lesson, wherever the call is written (a helper module included).
Called at any other time, it raises. Under pytest the module is imported through pytest's
assertion rewriting, so a failing ``assert`` reports the values it compared.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

from verify.layout import Lesson
from verify.runner import SnippetRun

Check = Callable[[SnippetRun], None]


@dataclasses.dataclass
class LessonChecks:
    """What one checks module registered: its checks, per snippet name."""

    lesson: Lesson
    checks: dict[str, list[Check]] = dataclasses.field(default_factory=dict)

    def of(self, snippet: Path) -> list[Check]:
        return list(self.checks.get(snippet.name, []))

    def validate(self) -> None:
        """Every name registered is a snippet of the lesson."""
        where = self.lesson.checks.relative_to(self.lesson.root).as_posix()
        folder = self.lesson.folder.relative_to(self.lesson.root).as_posix()
        for name in self.checks:
            if not (self.lesson.folder / name).is_file():
                raise LookupError(f"{where} names {name!r}, but {folder}/{name} does not exist")


_loading: LessonChecks | None = None  # set by load() while it imports a checks module
_loaded: dict[Path, LessonChecks] = {}
# The package name checks modules are imported under. The pytest plugin hands it to
# pytest.register_assert_rewrite, so that pytest's import hook rewrites their asserts.
PACKAGE = "verify_checks"


def _registry(api: str) -> LessonChecks:
    if _loading is None:
        raise RuntimeError(
            f"{api}() registers into the lesson whose checks module is being loaded; "
            "call it at import time of tests/checks/NN_<slug>.py"
        )
    return _loading


def check(snippet_name: str) -> Callable[[Check], Check]:
    """Register the decorated function as a semantic check of ``snippet_name``."""
    registry = _registry("check")

    def register(func: Check) -> Check:
        registry.checks.setdefault(snippet_name, []).append(func)
        return func

    return register


def load(lesson: Lesson) -> LessonChecks:
    """Import the lesson's checks module, once; what it registered."""
    if lesson.checks in _loaded:
        return _loaded[lesson.checks]
    global _loading
    registry = LessonChecks(lesson)
    if lesson.checks.is_file():
        name = f"{PACKAGE}.{lesson.name}"
        spec = _find_spec(name, lesson.checks)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        _loading = registry
        try:
            spec.loader.exec_module(module)
        finally:
            _loading = None
    registry.validate()
    _loaded[lesson.checks] = registry
    return registry


def _find_spec(name: str, path: Path):
    """The module spec of ``path`` under ``name``, from the finders of ``sys.meta_path``: under
    pytest, its assertion-rewriting hook comes first and claims the registered package."""
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        spec = find_spec(name, [str(path.parent)]) if find_spec else None
        if spec is not None:
            return spec
    raise ImportError(f"no finder found {path}")
