"""Compare what a snippet printed with its committed output, allowing float noise only.

The text must match exactly. Each number may differ from the committed one by at most

- one unit in its last printed digit (``0.123`` against ``0.124``: a value near a rounding
  boundary may round either way on another machine); where the two print different numbers
  of digits, of the finer one (``0.01`` against ``0.001`` is a change, not noise), or
- a relative 1e-5 of its size (a number printed at full precision, ``0.6931471824645996``).

Integers (``52,650``, shapes, counts) must match exactly. Machines of one kind differ in the
7th significant digit of a training history; another seed or another model moves printed
losses and accuracies by far more than this.
"""

from __future__ import annotations

import difflib
import re

RELATIVE = 1e-5
NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w.])")


def last_digit_unit(text: str) -> float:
    """The value of one unit in the last printed digit of ``text`` (1 for an integer)."""
    mantissa, _, exponent = text.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    return 10.0 ** (int(exponent or 0) - decimals)


def is_integer(text: str) -> bool:
    return not any(c in text for c in ".eE")


def numbers_match(expected: str, actual: str) -> bool:
    if is_integer(expected) and is_integer(actual):
        return int(expected) == int(actual)
    a, b = float(expected), float(actual)
    tolerance = max(
        min(last_digit_unit(expected), last_digit_unit(actual)), RELATIVE * max(abs(a), abs(b))
    )
    return abs(a - b) <= tolerance * (1 + 1e-9)


def lines_match(expected: str, actual: str) -> bool:
    if NUMBER.sub("#", expected) != NUMBER.sub("#", actual):
        return False
    pairs = zip(NUMBER.findall(expected), NUMBER.findall(actual))
    return all(numbers_match(e, a) for e, a in pairs)


def differences(expected: str, actual: str, context: int = 2) -> str | None:
    """None when ``actual`` matches ``expected``; else a short diff of the lines that do not."""
    want, got = expected.splitlines(), actual.splitlines()
    if len(want) == len(got) and all(lines_match(w, g) for w, g in zip(want, got)):
        return None
    diff = difflib.unified_diff(want, got, "committed", "printed now", n=context, lineterm="")
    shown = list(diff)
    return "\n".join(shown[:40] + (["..."] if len(shown) > 40 else []))
