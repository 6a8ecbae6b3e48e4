"""Which snippets a test run verified on which backend: ``outputs/verified/<backend>.json``.

``make outputs`` runs ``pytest snippets --record-verified`` once per backend (the plugin writes
the record); the pages name the backends from these records, and the tests fail when a record
no longer matches the snippet it vouches for.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

from verify import backends
from verify.layout import PROJECT, Layout


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def path_of(backend: str, layout: Layout = PROJECT) -> Path:
    return layout.outputs / "verified" / f"{backend}.json"


def load(backend: str, layout: Layout = PROJECT) -> dict:
    path = path_of(backend, layout)
    return json.loads(path.read_text()) if path.exists() else {"snippets": {}}


def record(backend: str, passed: list[str], ran: list[str], layout: Layout = PROJECT) -> None:
    """Merge one run's results (paths from the root): snippets that ran are replaced."""
    previous = load(backend, layout)["snippets"]
    # Keep what this run did not touch, unless its snippet was deleted or renamed since.
    snippets = {
        name: sha
        for name, sha in previous.items()
        if name not in ran and (layout.root / name).is_file()
    }
    snippets.update({name: sha256(layout.root / name) for name in passed})
    package = backends.get(backend).package
    content = {
        "backend": backend,
        "versions": {"keras": version("keras"), backend: version(package)},
        "snippets": dict(sorted(snippets.items())),
    }
    target = path_of(backend, layout)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(content, indent=2) + "\n")


def recorded() -> list[backends.Backend]:
    """Backends with a record, in the table's order (the primary first)."""
    return [b for b in backends.BACKENDS if path_of(b.name).exists()]
