"""The Keras backends this site verifies its snippets on: one table, the only list of them.

Adding a backend is one entry here (with the kernel caps that `make robust` checks it under),
plus its dependency group in ``pyproject.toml``. The CI matrices of the test and latest
workflows must list the required ones; ``tests/test_workflows.py`` checks them against this.

    python -m verify.backends            # the names, in the order `make test` runs them
    python -m verify.backends --primary  # the backend whose outputs the pages show
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import sys


@dataclasses.dataclass(frozen=True)
class Backend:
    name: str  # the value of KERAS_BACKEND
    package: str  # the distribution that provides it, and the module it imports
    display: str  # how the pages name it
    optional: bool = False  # not in the test group: its run skips, saying so, unless installed
    # Distributions released in step with `package`, installed at its version (make compat,
    # make latest): jaxlib with jax.
    companions: tuple[str, ...] = ()
    # Kernel caps that emulate older x86-64 processors (`make robust`): the environment
    # variable that caps the instruction set its CPU kernels use, how a level is written in it,
    # and the levels checked, newest first.
    cap_variable: str = ""
    cap_format: str = "{}"
    caps: tuple[str, ...] = ()

    def cap_env(self, level: str, environ: dict[str, str]) -> dict[str, str]:
        """``environ`` with this backend's kernels capped at ``level``."""
        value = self.cap_format.format(level)
        if self.cap_variable == "XLA_FLAGS" and environ.get("XLA_FLAGS"):
            value = f"{environ['XLA_FLAGS']} {value}"  # keep the caller's own XLA flags
        return {**environ, self.cap_variable: value}

    @property
    def installed(self) -> bool:
        return importlib.util.find_spec(self.package) is not None


# The primary backend comes first: the pages show its outputs and the errata its errors.
BACKENDS = (
    # oneDNN's CPU dispatcher control: SSE41 < AVX < AVX2 < AVX512_CORE ...
    Backend(
        "tensorflow",
        "tensorflow",
        "TensorFlow",
        cap_variable="ONEDNN_MAX_CPU_ISA",
        caps=("AVX2", "AVX", "SSE41"),
    ),
    # XLA:CPU's code generation: SSE4_2 < AVX < AVX2 < AVX512 ...
    Backend(
        "jax",
        "jax",
        "JAX",
        companions=("jaxlib",),
        cap_variable="XLA_FLAGS",
        cap_format="--xla_cpu_max_isa={}",
        caps=("AVX2", "AVX", "SSE4_2"),
    ),
    # ATen's CPU dispatch: default (no vector extension beyond SSE) < avx2 < avx512.
    Backend(
        "torch",
        "torch",
        "PyTorch",
        optional=True,
        cap_variable="ATEN_CPU_CAPABILITY",
        caps=("avx2", "default"),
    ),
)
PRIMARY = BACKENDS[0]


def get(name: str) -> Backend:
    for backend in BACKENDS:
        if backend.name == name:
            return backend
    known = ", ".join(b.name for b in BACKENDS)
    raise LookupError(f"unknown Keras backend {name!r} (known: {known}; see verify/backends.py)")


def chosen() -> list[Backend]:
    """The backends named in the BACKENDS environment variable (``"jax"``), or all of them."""
    names = os.environ.get("BACKENDS", "").split()
    return [get(name) for name in names] if names else list(BACKENDS)


def required() -> list[Backend]:
    """The backends every page must be verified on."""
    return [b for b in BACKENDS if not b.optional]


# How the pages write a cap's level.
LEVEL_NAMES = {"SSE41": "SSE4.1", "SSE4_2": "SSE4.2", "avx2": "AVX2", "default": "no AVX"}


def processors_note() -> str:
    """What the pages say about processors: the caps `make robust` checks every output under."""
    caps = "; ".join(
        f"{b.display}: {', '.join(LEVEL_NAMES.get(level, level) for level in b.caps)}"
        for b in required()
    )
    return (
        "Every output was also checked with the CPU code that the backends choose at run time "
        "(oneDNN's kernels in TensorFlow, the code XLA generates for JAX) capped at the "
        f"instructions of older x86-64 processors ({caps}), and printed the same; the SSE4 "
        "levels go below the AVX that the TensorFlow and JAX packages need, as an extra margin. "
        "Processors with newer instructions (AVX-512), ARM processors (Apple silicon) and GPUs "
        "run other kernels, which no cap imitates, and GPUs multiply in reduced precision "
        "(TensorFloat-32) by default: there, numbers that come out of training may differ."
    )


def main(argv: list[str]) -> None:
    if argv == ["--primary"]:
        print(PRIMARY.name)
    else:  # the primary run also runs the site tests, so it goes last, after the quick ones
        print(" ".join(b.name for b in reversed(BACKENDS)))


if __name__ == "__main__":
    main(sys.argv[1:])
