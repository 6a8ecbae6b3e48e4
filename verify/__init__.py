"""The engine of Keras, verified: runs every snippet and checks what its lesson claims.

Importing it (or any module but :mod:`verify.plugin` at collection) does not import Keras.
Checks modules use ``from verify import check``.
"""

__all__ = ["check"]


def __getattr__(name: str):
    # Lazy, so that `python -m verify.backends` runs its module once, without the engine.
    if name in __all__:
        from verify import checks

        return getattr(checks, name)
    raise AttributeError(f"module 'verify' has no attribute {name!r}")
