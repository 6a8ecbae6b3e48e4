"""Which Keras releases each snippet works on: the record `make compat` writes, read here; what
the pages say from it (each page's measured range, the matrix) is render/compatibility.py.

``outputs/compat.json`` holds the older releases (``tools/compat.py`` runs them); the pinned
release comes from ``outputs/verified/`` (``make outputs`` runs it). Nothing here is typed by
hand: the tests compare the generated text with what this module makes from the record.
"""

from __future__ import annotations

import json

from verify import backends, records
from verify.layout import PROJECT

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


def cell(outcome: dict | None) -> str:
    if outcome is None:
        return "not run"
    if outcome.get("stale"):
        return STALE
    if outcome["result"] == "pass":
        return DRIFT if outcome["drift"] else PASS
    return SKIP if outcome["result"].startswith("skipped") else FAIL
