"""Which Keras releases each snippet works on: the record `make compat` writes, and what the
pages say from it (each page's measured range, the Compatibility page's matrix).

``outputs/compat.json`` holds the older releases (``tools/compat.py`` runs them); the pinned
release comes from ``outputs/verified/`` (``make outputs`` runs it). Nothing here is typed by
hand: the tests compare the generated text with what this module makes from the record.
"""

from __future__ import annotations

import json

from verify import backends, records
from verify.layout import PROJECT, Lesson

RECORD = PROJECT.outputs / "compat.json"
PASS, DRIFT, FAIL, SKIP, STALE = "✓", "✓ Δ", "✗", "–", "↻"


def load() -> dict[str, dict[str, dict]]:
    """Per snippet (path from the root), per release name: its result."""
    return json.loads(RECORD.read_text())["snippets"] if RECORD.is_file() else {}


def releases() -> dict[str, dict]:
    return json.loads(RECORD.read_text())["releases"] if RECORD.is_file() else {}


def save(releases: dict[str, dict], snippets: dict[str, dict]) -> None:
    content = {"releases": releases, "snippets": snippets}
    RECORD.write_text(json.dumps(content, indent=1, ensure_ascii=False) + "\n")


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:3])


def minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def columns() -> list[dict]:
    """Every checked release, oldest first per backend: the record's, then the pinned one."""
    found = [{"name": name, **release} for name, release in releases().items()]
    for backend in records.recorded():
        record = records.load(backend.name)
        found.append(
            {
                "name": f"pinned-{backend.name}",
                "keras": record["versions"]["keras"],
                "backend": backend.name,
                "backend_version": record["versions"][backend.name],
                "verified": set(record["snippets"]),  # read once, not once per snippet
            }
        )
    order = [b.name for b in backends.BACKENDS]
    return sorted(found, key=lambda c: (order.index(c["backend"]), version_key(c["keras"])))


def result(snippet: str, column: dict, record: dict) -> dict | None:
    """``{"result": ..., "drift": ...}`` of a snippet on a release, or None if never run."""
    if column["name"].startswith("pinned-"):
        lesson = PROJECT.lesson_of(PROJECT.root / snippet)
        excluded = lesson.not_on(PROJECT.root / snippet)
        if column["backend"] in excluded:
            return {"result": f"skipped: {excluded[column['backend']]}", "drift": False}
        verified = snippet in column["verified"]
        return {"result": "pass", "drift": False} if verified else None
    outcome = record.get(snippet, {}).get(column["name"])
    if outcome and outcome.get("sha256") != records.sha256(PROJECT.root / snippet):
        # Edited after this release checked it: what the record says is about other code.
        return {**outcome, "result": "changed since it was checked", "stale": True}
    return outcome


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


def cell(outcome: dict | None) -> str:
    if outcome is None:
        return "not run"
    if outcome.get("stale"):
        return STALE
    if outcome["result"] == "pass":
        return DRIFT if outcome["drift"] else PASS
    return SKIP if outcome["result"].startswith("skipped") else FAIL


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
