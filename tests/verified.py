"""Which snippets a test run verified on which backend: ``outputs/verified/<backend>.json``.

``make outputs`` runs ``pytest snippets --record-verified`` once per backend; the pages name
the backends from these records (see tools/outputs.py), and tests/test_outputs.py fails when a
record no longer matches the snippet it vouches for.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

from tests.pages import ROOT

VERIFIED = ROOT / "outputs" / "verified"
PACKAGES = {"tensorflow": "tensorflow", "jax": "jax", "torch": "torch"}
NAMES = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "PyTorch"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load(backend: str) -> dict:
    path = VERIFIED / f"{backend}.json"
    return json.loads(path.read_text()) if path.exists() else {"snippets": {}}


def record(backend: str, passed: list[str], ran: list[str]) -> None:
    """Merge one run's results: snippets that ran are replaced, the others kept."""
    previous = load(backend)["snippets"]
    snippets = {name: sha for name, sha in previous.items() if name not in ran}
    snippets.update({name: sha256(ROOT / name) for name in passed})
    VERIFIED.mkdir(parents=True, exist_ok=True)
    content = {
        "backend": backend,
        "versions": {"keras": version("keras"), backend: version(PACKAGES[backend])},
        "snippets": dict(sorted(snippets.items())),
    }
    (VERIFIED / f"{backend}.json").write_text(json.dumps(content, indent=2) + "\n")


def backends() -> list[str]:
    """Backends with a record, TensorFlow first."""
    found = [p.stem for p in sorted(VERIFIED.glob("*.json"))]
    return sorted(found, key=lambda b: (b != "tensorflow", b))
