"""The Keras backends this site verifies its snippets on: one table, the only list of them.

Adding a backend is one entry here, plus its dependency group in ``pyproject.toml`` and its
line in the CI matrix (``.github/workflows/test.yml``).

    python -m verify.backends            # the names, in the order `make test` runs them
    python -m verify.backends --primary  # the backend whose outputs the pages show
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys


@dataclasses.dataclass(frozen=True)
class Backend:
    name: str  # the value of KERAS_BACKEND
    package: str  # the distribution that provides it, and the module it imports
    display: str  # how the pages name it
    optional: bool = False  # not in the test group: its run skips, saying so, unless installed

    @property
    def installed(self) -> bool:
        return importlib.util.find_spec(self.package) is not None


# The primary backend comes first: the pages show its outputs and the errata its errors.
BACKENDS = (
    Backend("tensorflow", "tensorflow", "TensorFlow"),
    Backend("jax", "jax", "JAX"),
    Backend("torch", "torch", "PyTorch", optional=True),
)
PRIMARY = BACKENDS[0]


def get(name: str) -> Backend:
    for backend in BACKENDS:
        if backend.name == name:
            return backend
    known = ", ".join(b.name for b in BACKENDS)
    raise LookupError(f"unknown Keras backend {name!r} (known: {known}; see verify/backends.py)")


def required() -> list[Backend]:
    """The backends every page must be verified on."""
    return [b for b in BACKENDS if not b.optional]


def main(argv: list[str]) -> None:
    if argv == ["--primary"]:
        print(PRIMARY.name)
    else:  # the primary run also runs the site tests, so it goes last, after the quick ones
        print(" ".join(b.name for b in reversed(BACKENDS)))


if __name__ == "__main__":
    main(sys.argv[1:])
