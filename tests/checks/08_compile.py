"""What section 8 claims: compile() sets optimizer, loss and metrics (only the loss has no
default, and fit needs one), the loss must fit the labels (one-hot, integer, binary, a number),
and "accuracy" on logits needs BinaryAccuracy(threshold=0.0)."""

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
    # The string "adam" gives the same optimizer, with all its default settings.
    by_name = keras.optimizers.get("adam")
    assert isinstance(by_name, keras.optimizers.Adam)
    assert float(by_name.learning_rate) == pytest.approx(1e-3)


@check("01_compile.py")
def compile_is_needed_for_fit_and_evaluate_but_not_predict(run):
    g = run.globals
    x = np.zeros((4, 784), dtype="float32")
    y = keras.utils.to_categorical([0, 1, 2, 3], num_classes=10)
    # The same layers, with new weights, and not compiled.
    fresh = keras.Sequential.from_config(g["model"].get_config())
    assert not fresh.compiled
    for call in (lambda: fresh.fit(x, y, verbose=0), lambda: fresh.evaluate(x, y, verbose=0)):
        with pytest.raises(ValueError, match=r"You must call `compile\(\)` before using the model"):
            call()
    assert fresh.predict(x, verbose=0).shape == (4, 10)
    # Compiling trains nothing: the weights are the same before and after.
    before = fresh.get_weights()
    fresh.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    for a, b in zip(before, fresh.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


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


@check("03_integer_labels.py")
def both_multi_class_losses_compute_the_same_value(run):
    g = run.globals
    probabilities = g["model"].predict(g["x"], verbose=0)
    sparse = keras.losses.sparse_categorical_crossentropy(g["y"], probabilities)
    one_hot = keras.utils.to_categorical(g["y"], num_classes=3)
    categorical = keras.losses.categorical_crossentropy(one_hot, probabilities)
    np.testing.assert_allclose(np.asarray(sparse), np.asarray(categorical), rtol=1e-5, atol=1e-6)


@check("03_integer_labels.py")
def multi_class_accuracy_is_the_same_on_logits(run):
    g = run.globals
    probabilities = g["model"].predict(g["x"], verbose=0)
    logits = np.log(probabilities)  # softmax(log p) == p: logits of the same predictions
    for scores in (probabilities, logits):
        metric = keras.metrics.SparseCategoricalAccuracy()
        metric.update_state(g["y"], scores)
        assert float(metric.result()) == pytest.approx(g["accuracy"], abs=1e-6)


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


@check("07_fit_without_loss.py")
def compile_has_defaults_but_no_loss(run):
    model = run.globals["model"]
    assert model.compiled
    assert isinstance(model.optimizer, keras.optimizers.RMSprop)  # compile(optimizer="rmsprop")
    assert model.loss is None
    assert model._compile_metrics is None  # metrics=None: no metric is computed
    assert "optimizer: RMSprop" in run.stdout and "loss: None" in run.stdout


@check("07_fit_without_loss.py")
def fit_without_a_loss_fails_or_learns_nothing_depending_on_the_backend(run):
    g = run.globals
    for a, b in zip(g["weights_before"], g["weights_after"], strict=True):
        np.testing.assert_array_equal(a, b)
    assert g["changed"] is False and "weights changed: False" in run.stdout
    if keras.backend.backend() == "jax":
        # Keras skips its "No loss to compute" check on JAX: fit runs every step with loss 0.
        assert g["history"].history == {"loss": [0.0, 0.0, 0.0]}
        assert int(g["model"].optimizer.iterations) == 3 * 2  # 3 epochs of 64 / 32 batches
        assert "fit() ran; loss in each epoch: [0.0, 0.0, 0.0]" in run.stdout
        assert "evaluate() returned 0.0" in run.stdout
    else:  # TensorFlow (and PyTorch): fit refuses to start.
        assert "history" not in g
        message = "No loss to compute. Provide a `loss` argument in `compile()`."
        assert f"fit() raised ValueError: {message}" in run.stdout
        assert f"evaluate() raised ValueError: {message}" in run.stdout
        with pytest.raises(ValueError, match="No loss to compute"):
            g["model"].fit(g["x"], g["y"], epochs=1, verbose=0)
        assert int(g["model"].optimizer.iterations) == 0


@check("08_binary_logits_accuracy.py")
def accuracy_on_logits_thresholds_at_one_half(run):
    g = run.globals
    model, x, y, logits = g["model"], g["x"], g["y"], g["logits"]
    assert last_layer(model) == (1, "linear")
    assert model.loss.get_config()["from_logits"] is True
    # "accuracy" became BinaryAccuracy with its default threshold, 0.5, although the loss
    # says the outputs are logits: it is chosen from the shapes, not from the loss.
    resolved = model._compile_metrics.metrics
    assert [type(m).__name__ for m in resolved] == ["BinaryAccuracy", "BinaryAccuracy"]
    assert resolved[0]._fn_kwargs["threshold"] == 0.5
    assert resolved[1]._fn_kwargs["threshold"] == 0.0
    np.testing.assert_allclose(logits, model.predict(x, verbose=0).ravel(), rtol=1e-5, atol=1e-6)
    results = g["results"]
    assert results["accuracy"] == pytest.approx(np.mean((logits > 0.5) == y), abs=1e-6)
    assert results["binary_accuracy"] == pytest.approx(np.mean((logits > 0) == y), abs=1e-6)
    # The trap: the samples with a logit in (0, 0.5] are counted as class 0, and here that
    # makes "accuracy" clearly lower than the model's real accuracy.
    assert g["between"] > 0
    assert float(keras.ops.sigmoid(0.5)) == pytest.approx(0.62, abs=0.005)  # "about 0.62"
    assert results["accuracy"] < results["binary_accuracy"] - 0.03
    assert f"{results['accuracy']:.3f}" in run.stdout
    assert f"{results['binary_accuracy']:.3f}" in run.stdout


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("02_one_hot_labels.py", 3, read=lambda g: (g["accuracy"], g["loss_after"]))
learns_to_classify("03_integer_labels.py", 3, read=lambda g: (g["accuracy"], g["loss_after"]))
learns_to_classify("05_binary.py", 2, read=lambda g: (g["accuracy"], g["loss_after"]))
learns_to_regress("06_regression.py", read=lambda g: (g["loss_after"], g["y"]))
learns_to_classify(
    "08_binary_logits_accuracy.py",
    2,
    read=lambda g: (g["results"]["binary_accuracy"], g["results"]["loss"]),
)


# The exercises: each check asserts what its task tells the reader to observe.


@check("ex1_sgd_and_integer_labels.py")
def sgd_at_0_1_and_a_loss_for_integer_labels(run):
    model = run.globals["model"]
    assert type(model.optimizer) is keras.optimizers.SGD
    assert float(model.optimizer.learning_rate) == pytest.approx(0.1)
    assert model.loss == "sparse_categorical_crossentropy"
    assert last_layer(model) == (10, "softmax")
    # Integer labels 0 to 9 evaluate, and accuracy is still reported.
    x = np.zeros((10, 784), dtype="float32")
    results = model.evaluate(x, np.arange(10), verbose=0, return_dict=True)
    assert set(results) == {"loss", "accuracy"}
    assert "optimizer: SGD (learning rate 0.1)" in run.stdout
    assert "loss: sparse_categorical_crossentropy" in run.stdout


@check("ex2_binary_logits.py")
def logits_with_a_loss_and_a_metric_that_know_it(run):
    g = run.globals
    model, x, y, logits = g["model"], g["x"], g["y"], g["logits"]
    assert last_layer(model) == (1, "linear")
    assert model.loss.get_config()["from_logits"] is True
    [metric] = model._compile_metrics.metrics
    assert type(metric).__name__ == "BinaryAccuracy" and metric._fn_kwargs["threshold"] == 0.0
    assert g["loss_before"] > 0.5 and g["loss_after"] < 0.1
    assert g["accuracy"] > 0.95
    np.testing.assert_allclose(logits, model.predict(x, verbose=0).ravel(), rtol=1e-5, atol=1e-6)
    assert g["accuracy"] == pytest.approx(np.mean((logits > 0) == y), abs=1e-6)
    # The outputs are logits: far outside [0, 1].
    assert logits.min() < -5 and logits.max() > 5


@check("ex3_squashed_regression.py")
def a_sigmoid_output_cannot_reach_the_targets(run):
    g = run.globals
    assert last_layer(g["broken"]) == (1, "sigmoid")
    predictions = g["broken_predictions"]
    assert predictions.min() >= 0 and predictions.max() <= 1
    assert g["broken_loss"] > 10
    assert g["y"].min() < -10 and g["y"].max() > 10


@check("ex3_squashed_regression.py")
def a_linear_output_fits_the_targets(run):
    g = run.globals
    model, predictions = g["model"], g["predictions"]
    assert last_layer(model) == (1, "linear")
    assert g["loss"] < 0.5
    np.testing.assert_allclose(np.mean((predictions - g["y"]) ** 2), g["loss"], rtol=1e-3)
    assert predictions.min() < -9 and predictions.max() > 9


learns_to_classify("ex2_binary_logits.py", 2, read=lambda g: (g["accuracy"], g["loss_after"]))
learns_to_regress("ex3_squashed_regression.py", read=lambda g: (g["loss"], g["y"]))
