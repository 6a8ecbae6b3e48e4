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


def ranges(lesson: Lesson) -> list[tuple[str, str, list[str]]]:
    """Per backend whose older releases were checked: its name, the oldest Keras from which
    the whole lesson passes, and the releases checked."""
    record, every, found = load(), columns(), []
    for backend in records.recorded():
        oldest, checked = works_from(lesson, backend.name, record, every)
        if oldest is not None and len(checked) >= 2:
            found.append((backend.display, minor(oldest), [minor(v) for v in checked]))
    return found


def measured_range(lesson: Lesson, backend: str) -> dict[str, tuple[str, str]]:
    """Per package (Keras, the backend's), the oldest and newest release on which every snippet
    of the lesson passed on ``backend``: the pinned ones alone until make compat checked it."""
    every = [c for c in columns() if c["backend"] == backend]
    oldest_keras, _ = works_from(lesson, backend, load(), every)
    newest = every[-1]
    oldest = next((c for c in every if c["keras"] == oldest_keras), newest)
    package = backends.get(backend).package
    return {
        "keras": (oldest["keras"], newest["keras"]),
        package: (oldest["backend_version"], newest["backend_version"]),
    }


def range_line(found: list[tuple[str, str, list[str]]]) -> str:
    """The compact form of a lesson's ``ranges``, for the line under its page's title."""
    if not found:
        return "Not yet checked on older Keras releases"
    return "Runs on Keras " + "; ".join(f"{oldest} or newer ({name})" for name, oldest, _ in found)


def range_note(lesson: Lesson, found: list[tuple[str, str, list[str]]]) -> str:
    """The measured range (the lesson's ``ranges``) for a page's footer: which releases were
    checked, from which one the whole lesson passes, and which snippets changed since."""
    if not found:
        return (
            "These examples are not yet checked on older Keras releases (`make compat`): "
            "see [Compatibility](compatibility.md)."
        )
    parts = [
        f"on {name}, every example passes from Keras {oldest} on (releases checked: "
        f"{', '.join(checked)})"
        for name, oldest, checked in found
    ]
    changed = changed_since_checked(lesson, load(), columns())
    if changed:
        names = ", ".join(f"`{name}`" for name in changed)
        parts.append(f"{names} changed since older releases checked it, so they do not count yet")
    return (
        "On older Keras releases: " + "; ".join(parts) + ". See [Compatibility](compatibility.md)."
    )


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
