"""Which pages include which snippet: the ``--8<-- "file"`` lines of ``docs/**/*.md``.

Shared by the snippet runner (to name the pages of a failing snippet) and the site tests
(to find orphan snippets and includes that do not resolve).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

# pymdownx.snippets' one-line form; a leading ';' disables an include, so it is not one.
INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+["\']([^"\';]+)["\']\s*$', re.MULTILINE)


def includes(docs: Path = DOCS) -> dict[str, list[str]]:
    """Map each included path (relative to snippets/) to the pages, relative to the root."""
    pages = defaultdict(list)
    for page in sorted(docs.rglob("*.md")):
        for target in INCLUDE.findall(page.read_text(encoding="utf-8")):
            pages[target].append(page.relative_to(docs.parent).as_posix())
    return dict(pages)


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, taking the default of each `!ENV [NAME, default]`."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)


def base_paths() -> list[Path]:
    """The folders pymdownx.snippets resolves includes against, in its search order."""
    config = mkdocs_config()
    for extension in config["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            return [ROOT / base for base in extension["pymdownx.snippets"]["base_path"]]
    raise LookupError("mkdocs.yml does not configure pymdownx.snippets")


def resolve(target: str) -> Path | None:
    """The file an include line points to, as pymdownx.snippets finds it, or None."""
    return next((base / target for base in base_paths() if (base / target).is_file()), None)


def is_lesson_snippet(target: str) -> bool:
    """Whether an include target is a lesson snippet (not an errata original, an output...)."""
    return target.endswith(".py") and not target.startswith("originals/")


def snippet_id(path: Path) -> str:
    """A snippet's path relative to snippets/, as pages include it and tests name it."""
    return path.relative_to(SNIPPETS).as_posix()


def snippet_files(snippets: Path = SNIPPETS) -> list[Path]:
    """Every lesson snippet, in reading order."""
    return sorted(p for p in snippets.rglob("*.py") if "__pycache__" not in p.parts)
