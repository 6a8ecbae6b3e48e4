"""What the pages say from the compatibility record: each lesson's measured range (in its
Verified note) and the Compatibility page's matrix, rendered when the site is built."""

from __future__ import annotations

from verify import backends, records
from verify.compatibility import (
    DRIFT,
    FAIL,
    PASS,
    SKIP,
    STALE,
    cell,
    columns,
    load,
    minor,
    result,
)
from verify.layout import PROJECT, Lesson


def works_from(
    lesson: Lesson, backend: str, record: dict, every: list[dict]
) -> tuple[str | None, list[str]]:
    """The oldest Keras of the ``every`` columns from which every snippet of the lesson passes
    on ``backend`` on each checked release (a snippet skipped there counts as passing), and
    those checked."""
    checked = [c for c in every if c["backend"] == backend]
    names = [PROJECT.relative(p) for p in lesson.snippets]
    oldest = None
    for column in reversed(checked):  # newest first: the range ends at the first failure
        outcomes = [result(name, column, record) for name in names]
        if not all(cell(outcome) in (PASS, DRIFT, SKIP) for outcome in outcomes):
            break
        oldest = column["keras"]
    return oldest, [c["keras"] for c in checked]


def range_note(lesson: Lesson) -> str:
    """One sentence for the page's Verified note: from which Keras each backend runs it all."""
    record, every = load(), columns()
    parts = []
    for backend in records.recorded():
        oldest, checked = works_from(lesson, backend.name, record, every)
        if oldest is None or len(checked) < 2:
            continue
        listed = ", ".join(minor(v) for v in checked)
        parts.append(
            f"with Keras {minor(oldest)} and later on {backend.display} (checked: {listed})"
        )
    if not parts:
        return ""
    changed = changed_since_checked(lesson, record, every)
    if changed:
        names = ", ".join(f"`{name}`" for name in changed)
        parts.append(f"{names} changed since older releases checked it, so they do not count yet")
    return "Works " + "; ".join(parts) + ": see [Compatibility](compatibility.md)."


def changed_since_checked(lesson: Lesson, record: dict, every: list[dict]) -> list[str]:
    """The lesson's snippets edited after a release of the record checked them."""
    return [
        path.name
        for path in lesson.snippets
        if any(cell(result(PROJECT.relative(path), c, record)) == STALE for c in every)
    ]


def matrix() -> str:
    """The Compatibility page's tables: per lesson, its snippets by release, then why one fails."""
    record, checked = load(), columns()
    header = [
        f"{c['keras']}<br>{backends.get(c['backend']).display} {c['backend_version']}"
        for c in checked
    ]
    lines = []
    for lesson in PROJECT.lessons():
        title = lesson.page.read_text(encoding="utf-8").split("\n# ", 1)[1].split("\n")[0]
        lines += [f"## {title}", "", "| Snippet | " + " | ".join(header) + " |"]
        lines.append("| --- |" + " :-: |" * len(checked))
        failures = []
        for snippet in lesson.snippets:
            name = PROJECT.relative(snippet)
            outcomes = [result(name, column, record) for column in checked]
            lines.append(f"| `{snippet.name}` | " + " | ".join(map(cell, outcomes)) + " |")
            failures += [
                f"- `{snippet.name}` on Keras {column['keras']} "
                f"({backends.get(column['backend']).display}): `{outcome['result']}`"
                for column, outcome in zip(checked, outcomes, strict=True)
                if cell(outcome) == FAIL
            ]
        lines.append("")
        if failures:
            lines += ["Why it fails there:", "", *failures, ""]
    return "\n".join(lines)
