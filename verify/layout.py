"""Where everything lives, and what a lesson is: the one place that knows the naming rules.

A lesson is one learning objective of the source, number NN (01-15). Its parts share a slug:

    docs/NN-<slug>.md                the page (hyphens: it becomes the URL)
    snippets/NN_<slug>/*.py          its examples NN_name.py (underscores: folder and module
                                     names), then the solutions of its exercises, exN_name.py
    tests/checks/NN_<slug>.py        what the lesson claims about them
    snippets/not_on.toml             the snippets that cannot run on a backend, and why (data, so
                                     that the site build reads it without Keras)
    outputs/NN_<slug>/               what they printed on each backend
    docs/notebooks/NN-<slug>.ipynb   its executed notebook

:class:`Layout` takes the project root as a parameter, so that the pytest plugin can verify
another tree (a test's tiny fixture tree); :data:`PROJECT` is this repository.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# pymdownx.snippets' one-line form; a leading ';' disables an include, so it is not one.
# A snippet's line may name options after the path (render.snippets: highlight="...").
INCLUDE = re.compile(
    r'^\s*-{1,}8<-{1,}\s+["\']([^"\';]+)["\'](?:\s+\w+=(?:"[^"]*"|\'[^\']*\'))*\s*$', re.MULTILINE
)
LESSON_PAGE = re.compile(r"^(\d\d)-([a-z0-9-]+)\.md$")
LESSON_FOLDER = re.compile(r"^(\d\d)_([a-z0-9_]+)$")
# The solution of exercise N of a page: named so that it sorts after the page's examples.
EXERCISE = re.compile(r"^ex(\d+)_[a-z0-9_]+\.py$")


@dataclasses.dataclass(frozen=True)
class Lesson:
    """One learning objective: its page, snippets, checks, outputs and notebook."""

    root: Path
    number: int
    slug: str  # "instantiate-a-model"

    @property
    def name(self) -> str:
        """``NN_<slug>``: the snippet folder, the checks module, the outputs folder."""
        return f"{self.number:02d}_{self.slug.replace('-', '_')}"

    @property
    def page_name(self) -> str:
        """``NN-<slug>``: the page and the notebook."""
        return f"{self.number:02d}-{self.slug}"

    @property
    def page(self) -> Path:
        return self.root / "docs" / f"{self.page_name}.md"

    @property
    def folder(self) -> Path:
        return self.root / "snippets" / self.name

    @property
    def checks(self) -> Path:
        return self.root / "tests" / "checks" / f"{self.name}.py"

    @property
    def outputs(self) -> Path:
        return self.root / "outputs" / self.name

    @property
    def notebook(self) -> Path:
        return self.root / "docs" / "notebooks" / f"{self.page_name}.ipynb"

    @property
    def snippets(self) -> list[Path]:
        """The lesson's examples, then its exercises' solutions, in reading order."""
        return sorted(self.folder.glob("*.py"))

    @property
    def exercises(self) -> list[Path]:
        """The solutions of the page's exercises, ``exN_<name>.py``."""
        return [p for p in self.snippets if is_exercise(p)]

    def output(self, snippet: Path, backend: str) -> Path:
        """What ``snippet`` printed on ``backend``: the page shows it, every run compares it."""
        return self.outputs / f"{snippet.stem}.{backend}.txt"

    def not_on(self, snippet: Path) -> dict[str, str]:
        """The backends ``snippet`` cannot run on, with the reasons (``snippets/not_on.toml``)."""
        return dict(Layout(self.root).exclusions().get(f"{self.name}/{snippet.name}", {}))


@dataclasses.dataclass(frozen=True)
class Layout:
    """The folders of a project tree rooted at ``root``."""

    root: Path

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def snippets(self) -> Path:
        return self.root / "snippets"

    @property
    def outputs(self) -> Path:
        return self.root / "outputs"

    @property
    def errata(self) -> Path:
        return self.root / "errata"

    def exclusions(self) -> dict[str, dict[str, str]]:
        """``snippets/not_on.toml``: per snippet (``NN_slug/name.py``), backend -> reason."""
        import tomllib

        from verify import backends

        path = self.snippets / "not_on.toml"
        table = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        for name, reasons in table.items():
            if not (self.snippets / name).is_file():
                raise LookupError(f"{self.relative(path)} names {name!r}, which is no snippet")
            for backend in reasons:
                backends.get(backend)  # an unknown name fails here, naming the known ones
        return table

    def lessons(self) -> list[Lesson]:
        """Every lesson, from its page ``docs/NN-<slug>.md``, in reading order."""
        found = [LESSON_PAGE.match(page.name) for page in sorted(self.docs.glob("*.md"))]
        return [Lesson(self.root, int(m[1]), m[2]) for m in found if m]

    def lesson_of(self, snippet: Path) -> Lesson:
        """The lesson a snippet file belongs to; LookupError for a file outside any lesson."""
        # Derived from the folder's name, NN_<slug>, then checked against its page.
        folder = LESSON_FOLDER.match(snippet.parent.name)
        if folder and snippet.parent.parent == self.snippets:
            lesson = Lesson(self.root, int(folder[1]), folder[2].replace("_", "-"))
            if lesson.page.is_file():
                return lesson
        raise LookupError(
            f"{self.relative(snippet)} is in no lesson folder: "
            "snippets/NN_<slug>/ needs its page docs/NN-<slug>.md"
        )

    def is_snippet(self, path: Path) -> bool:
        return path.suffix == ".py" and self.snippets in path.parents

    def snippet_files(self) -> list[Path]:
        """Every file under snippets/, in reading order (lessons in folders or not)."""
        return sorted(p for p in self.snippets.rglob("*.py") if "__pycache__" not in p.parts)

    def snippet_id(self, snippet: Path) -> str:
        """A snippet's path relative to snippets/, as pages include it and tests name it."""
        return snippet.relative_to(self.snippets).as_posix()

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    # Pages and their includes ------------------------------------------------------------

    @cached_property
    def mkdocs_config(self) -> dict:
        """mkdocs.yml, taking the default of each ``!ENV [NAME, default]``."""
        import yaml  # not at the top: `python3 -m verify.backends` runs before any install

        class ConfigLoader(yaml.SafeLoader):
            """Reads mkdocs.yml without MkDocs' own loader (the whole config machinery)."""

        ConfigLoader.add_constructor(
            "!ENV", lambda loader, node: loader.construct_sequence(node)[-1]
        )
        return yaml.load((self.root / "mkdocs.yml").read_text(encoding="utf-8"), ConfigLoader)

    def base_paths(self) -> list[Path]:
        """The folders pymdownx.snippets resolves includes against, in its search order."""
        for extension in self.mkdocs_config["markdown_extensions"]:
            if isinstance(extension, dict) and "pymdownx.snippets" in extension:
                return [self.root / base for base in extension["pymdownx.snippets"]["base_path"]]
        raise LookupError("mkdocs.yml does not configure pymdownx.snippets")

    def resolve(self, target: str) -> Path | None:
        """The file an include line points to, as pymdownx.snippets finds it, or None."""
        return next((b / target for b in self.base_paths() if (b / target).is_file()), None)

    def includes(self) -> dict[str, list[str]]:
        """Map each included path to the pages that include it (paths from the root)."""
        pages = defaultdict(list)
        for page in sorted(self.docs.rglob("*.md")):
            for target in INCLUDE.findall(page.read_text(encoding="utf-8")):
                pages[target].append(self.relative(page))
        return dict(pages)


def is_exercise(snippet: Path) -> bool:
    """Whether a snippet solves one of its page's exercises (``exN_<name>.py``)."""
    return EXERCISE.match(snippet.name) is not None


def is_lesson_snippet(target: str) -> bool:
    """Whether an include target is a lesson snippet (not an errata original, an output...)."""
    return target.endswith(".py") and not target.startswith("originals/")


PROJECT = Layout(ROOT)
