"""What section 8 claims: compile() sets optimizer, loss and metrics, and the loss must fit
the labels (one-hot, integer, binary, a number)."""

import keras
import numpy as np
import pytest

from tests.checks.learning import learns_to_classify, learns_to_regress
from verify import check


def last_layer(model):
    layer = model.layers[-1]
    return layer.units, layer.activation.__name__


def trained(run):
    """The loss fell well below where it started, so the fit on these labels worked."""
    assert run.globals["loss_after"] < 0.5 * run.globals["loss_before"]


@check("01_compile.py")
def compiled_with_adam_and_categorical_crossentropy(run):
    model = run.globals["model"]
    assert model.compiled
    assert isinstance(model.optimizer, keras.optimizers.Adam)
    assert model.loss == "categorical_crossentropy"
    assert model.input_shape == (None, 784)
    assert last_layer(model) == (10, "softmax")
    # Adam() with no arguments uses the default learning rate, 0.001.
    assert float(model.optimizer.learning_rate) == pytest.approx(1e-3)
    assert "optimizer: Adam (learning rate 0.001)" in run.stdout


@check("02_one_hot_labels.py")
def one_hot_labels_train_with_categorical_crossentropy(run):
    g = run.globals
    assert g["model"].loss == "categorical_crossentropy"
    labels = g["y_one_hot"]
    assert labels.shape == (300, 3)
    np.testing.assert_array_equal(labels.sum(axis=1), 1.0)
    np.testing.assert_array_equal(labels.argmax(axis=1), g["y"])
    trained(run)


@check("02_one_hot_labels.py")
def accuracy_compares_the_most_likely_class(run):
    g = run.globals
    predicted = g["model"].predict(g["x"], verbose=0).argmax(axis=1)
    assert g["accuracy"] == pytest.approx(np.mean(predicted == g["y"]), abs=1e-6)
    assert g["accuracy"] > 0.8


@check("02_one_hot_labels.py")
def adam_keeps_the_learning_rate_it_was_given(run):
    optimizer = run.globals["model"].optimizer
    assert int(optimizer.iterations) == 10 * 10  # 10 epochs of 300 / 32 -> 10 batches
    assert float(optimizer.learning_rate) == pytest.approx(0.01)


@check("03_integer_labels.py")
def integer_labels_train_with_sparse_categorical_crossentropy(run):
    g = run.globals
    assert g["model"].loss == "sparse_categorical_crossentropy"
    assert g["y"].shape == (300,) and np.issubdtype(g["y"].dtype, np.integer)
    assert set(np.unique(g["y"])) == {0, 1, 2}
    trained(run)
    predicted = g["model"].predict(g["x"], verbose=0).argmax(axis=1)
    assert g["accuracy"] == pytest.approx(np.mean(predicted == g["y"]), abs=1e-6)


@check("04_mismatched_labels.py")
def mismatched_label_formats_raise_value_error(run):
    errors = run.globals["errors"]
    assert set(errors) == {"categorical_crossentropy", "sparse_categorical_crossentropy"}
    for error in errors.values():
        assert isinstance(error, ValueError)
        # Every backend's message names the shapes it could not match.
        assert "target.shape=" in str(error) and "output.shape=" in str(error)


@check("05_binary.py")
def binary_uses_one_sigmoid_unit_and_binary_crossentropy(run):
    g = run.globals
    assert g["model"].loss == "binary_crossentropy"
    assert last_layer(g["model"]) == (1, "sigmoid")
    trained(run)
    probabilities = g["model"].predict(g["x"], verbose=0).ravel()
    assert probabilities.min() >= 0.0 and probabilities.max() <= 1.0
    # "accuracy" with binary_crossentropy thresholds the probability at 0.5.
    assert g["accuracy"] == pytest.approx(np.mean((probabilities > 0.5) == g["y"]), abs=1e-6)


@check("06_regression.py")
def regression_uses_a_linear_output_and_mean_squared_error(run):
    g = run.globals
    assert g["model"].loss == "mean_squared_error"
    assert last_layer(g["model"]) == (1, "linear")
    trained(run)
    predictions = g["model"].predict(g["x"], verbose=0).ravel()
    assert g["mae"] == pytest.approx(np.mean(np.abs(predictions - g["y"])), rel=1e-3)
    # A linear output is not squashed into [0, 1]: it reaches the range of y.
    assert predictions.min() < -1.0 and predictions.max() > 1.0


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("02_one_hot_labels.py", 3, read=lambda g: (g["accuracy"], g["loss_after"]))
learns_to_classify("03_integer_labels.py", 3, read=lambda g: (g["accuracy"], g["loss_after"]))
learns_to_classify("05_binary.py", 2, read=lambda g: (g["accuracy"], g["loss_after"]))
learns_to_regress("06_regression.py", read=lambda g: (g["loss_after"], g["y"]))
