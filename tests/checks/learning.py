"""Checks that a training example learns clearly, for the lessons' checks modules.

An example that trains a model must show learning, not noise:

- classification: the final accuracy is at least halfway from chance (1 / classes) to 1, and
  the final loss is below that of a uniform guess (ln classes);
- regression: the final mean squared error is below half that of predicting the mean (the
  variance of the targets).

Each function registers a ``learns_clearly`` check into the lesson being loaded; ``read`` takes
the snippet's globals and returns the final values (by default from its ``history``). Where an
example measures no accuracy, :func:`binary_accuracy` measures that of its final model; where
it reports no loss, its accuracy alone is checked.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from verify import check


def from_history(name: str = "history", prefix: str = "") -> Callable[[dict], tuple]:
    """Read the last epoch's ``accuracy`` and ``loss`` (``val_...`` with ``prefix="val_"``)."""

    def read(namespace: dict) -> tuple[float, float]:
        history = namespace[name].history
        return history[f"{prefix}accuracy"][-1], history[f"{prefix}loss"][-1]

    return read


def binary_accuracy(x: str, y: str, loss: Callable[[dict], float] | None = None):
    """Read the accuracy of the snippet's final ``model`` (one sigmoid unit) on ``x`` and ``y``."""

    def read(namespace: dict) -> tuple[float, float | None]:
        predicted = namespace["model"].predict(namespace[x], verbose=0)[:, 0] > 0.5
        labels = np.asarray(namespace[y]).ravel() > 0.5
        return float(np.mean(predicted == labels)), loss(namespace) if loss else None

    return read


def learns_to_classify(snippet: str, classes: int, read=None) -> None:
    read = read or from_history()

    @check(snippet)
    def learns_clearly(run):
        accuracy, loss = read(run.globals)
        assert accuracy is not None or loss is not None
        if accuracy is not None:
            chance = 1 / classes
            assert accuracy >= (chance + 1) / 2, f"final accuracy {accuracy:.3f}: near chance"
        if loss is not None:
            guess = math.log(classes) if accuracy is not None else math.log(classes) / 2
            assert loss < guess, (
                f"final loss {loss:.3f}; a uniform guess scores {math.log(classes):.3f}"
            )


def learns_to_regress(snippet: str, read: Callable[[dict], tuple]) -> None:
    """``read`` returns (final mean squared error, the targets)."""

    @check(snippet)
    def learns_clearly(run):
        mse, targets = read(run.globals)
        baseline = float(np.var(targets))
        assert mse < baseline / 2, f"final MSE {mse:.3f}; predicting the mean scores {baseline:.3f}"
