"""The glossary: ``includes/abbreviations.md``, one ``*[term]: meaning`` line per term.

pymdownx.snippets appends the file to every page (``auto_append`` in mkdocs.yml), so Python-
Markdown's ``abbr`` turns each use of a term into a tooltip (Material's ``content.tooltips``),
and the glossary page lists the terms (overrides/hooks.py). A plural that reads differently
from its term is a line of its own; the glossary page lists the term alone.
"""

from __future__ import annotations

import re

from verify.layout import PROJECT

FILE = PROJECT.root / "includes" / "abbreviations.md"
LINE = re.compile(r"^\*\[([^\]]+)\]: (.+)$")


def entries() -> list[tuple[str, str]]:
    """Every (term, meaning) line of the file, in its order, duplicates included."""
    text = FILE.read_text(encoding="utf-8")
    return [(m[1], m[2]) for line in text.splitlines() if (m := LINE.match(line))]


def is_plural_of_another(term: str, known: set[str]) -> bool:
    return any(term.endswith(end) and term[: -len(end)] in known for end in ("s", "es"))


def terms() -> dict[str, str]:
    """The glossary's terms and their meanings, plurals left out, sorted case-insensitively."""
    found = dict(entries())
    return {
        term: found[term]
        for term in sorted(found, key=str.lower)
        if not is_plural_of_another(term, set(found))
    }
