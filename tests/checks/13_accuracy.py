"""What section 13 claims: metrics=["accuracy"] is reported by fit and returned by evaluate."""

import re

import keras
import numpy as np
import pytest

from tests.checks.learning import from_history, learns_to_classify
from verify import check


def resolved_accuracy(model):
    """The concrete metric that metrics=["accuracy"] became (after the model saw data)."""
    compile_metrics = model.metrics[1]
    return compile_metrics.metrics[0]


@check("01_compile_accuracy.py")
def compiled_with_categorical_crossentropy_and_accuracy(run):
    model = run.globals["model"]
    assert model.compiled
    assert isinstance(model.optimizer, keras.optimizers.Adam)
    config = model.get_compile_config()
    assert config["loss"] == "categorical_crossentropy"
    assert config["metrics"] == ["accuracy"]
    assert "metrics: ['accuracy']" in run.stdout


@check("01_compile_accuracy.py")
def accuracy_with_one_hot_labels_is_categorical_accuracy(run):
    model = run.globals["model"]
    rng = np.random.default_rng(1)
    x = rng.normal(size=(50, 4)).astype("float32")
    y = keras.utils.to_categorical(rng.integers(0, 3, size=50), num_classes=3)
    _, accuracy = model.evaluate(x, y, verbose=0)
    assert isinstance(resolved_accuracy(model), keras.metrics.CategoricalAccuracy)
    # ...which is the fraction of samples whose most probable class is the labelled one.
    predicted = np.argmax(model.predict(x, verbose=0), axis=1)
    assert accuracy == pytest.approx(np.mean(predicted == np.argmax(y, axis=1)), abs=1e-6)


@check("02_fit_accuracy.py")
def history_has_accuracy_per_epoch_for_train_and_validation(run):
    history = run.globals["history"].history
    assert set(history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert all(len(values) == 10 for values in history.values())
    # The data has a pattern, so training accuracy improves.
    assert history["accuracy"][-1] > history["accuracy"][0]


@check("02_fit_accuracy.py")
def val_accuracy_is_accuracy_on_validation_data(run):
    g = run.globals
    _, accuracy = g["model"].evaluate(g["x_val"], g["y_val"], verbose=0)
    assert g["history"].history["val_accuracy"][-1] == pytest.approx(accuracy, abs=1e-6)
    assert "epoch 10: accuracy" in run.stdout


@check("02_fit_accuracy.py")
def first_epoch_training_accuracy_lags_behind(run):
    # The page: in the first epoch, the training accuracy is well below val_accuracy.
    history = run.globals["history"].history
    assert history["accuracy"][0] + 0.1 < history["val_accuracy"][0]


@check("03_evaluate.py")
def evaluate_returns_loss_then_accuracy(run):
    g = run.globals
    results = g["results"]
    assert set(results) == {"loss", "accuracy"}
    assert g["loss"] == pytest.approx(results["loss"], abs=1e-6)
    assert g["accuracy"] == pytest.approx(results["accuracy"], abs=1e-6)
    # Three balanced-ish classes: chance is about 1/3; the trained model does much better.
    assert g["accuracy"] > 0.6


@check("03_evaluate.py")
def evaluate_accuracy_matches_accuracy_from_predict(run):
    g = run.globals
    predicted = np.argmax(g["model"].predict(g["x_test"], verbose=0), axis=1)
    by_hand = np.mean(predicted == np.argmax(g["y_test"], axis=1))
    assert g["accuracy"] == pytest.approx(by_hand, abs=1e-6)


@check("04_accuracy_by_hand.py")
def by_hand_equals_evaluate(run):
    g = run.globals
    assert g["by_hand"] == pytest.approx(g["accuracy"], abs=1e-6)
    assert g["predicted_classes"].shape == (100,)


@check("05_which_accuracy.py")
def accuracy_depends_on_labels_and_outputs(run):
    assert run.stdout.splitlines() == [
        "one-hot labels, 3 softmax outputs: CategoricalAccuracy",
        "integer labels, 3 softmax outputs: SparseCategoricalAccuracy",
        "0/1 labels, 1 sigmoid output: BinaryAccuracy",
    ]


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("02_fit_accuracy.py", 3, read=from_history(prefix="val_"))
learns_to_classify("03_evaluate.py", 3, read=lambda g: (g["accuracy"], g["loss"]))
learns_to_classify("04_accuracy_by_hand.py", 3, read=lambda g: (g["accuracy"], None))


@check("06_metric_names.py")
def a_metric_object_is_recorded_under_its_own_name(run):
    histories = run.globals["histories"]
    keys = {metric: sorted(history.history) for metric, history in histories.items()}
    assert keys == {
        '"accuracy"': ["accuracy", "loss"],
        "SparseCategoricalAccuracy()": ["loss", "sparse_categorical_accuracy"],
        'SparseCategoricalAccuracy(name="accuracy")': ["accuracy", "loss"],
    }
    assert "history key 'sparse_categorical_accuracy'" in run.stdout
    with pytest.raises(KeyError):
        _ = histories["SparseCategoricalAccuracy()"].history["accuracy"]
    # The default name comes from the class, and `name` replaces it.
    assert keras.metrics.SparseCategoricalAccuracy().name == "sparse_categorical_accuracy"
    # With validation data, the validation key carries the same name after "val_".
    g = run.globals
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3, activation="softmax")])
    model.compile(
        loss="sparse_categorical_crossentropy", metrics=[keras.metrics.SparseCategoricalAccuracy()]
    )
    history = model.fit(g["x"], g["classes"], epochs=1, validation_split=0.2, verbose=0)
    assert "val_sparse_categorical_accuracy" in history.history


def final_accuracy_and_loss(metric):
    def read(g):
        history = g["histories"][metric].history
        name = next(key for key in history if key != "loss")
        return history[name][-1], history["loss"][-1]

    return read


for metric in (
    '"accuracy"',
    "SparseCategoricalAccuracy()",
    'SparseCategoricalAccuracy(name="accuracy")',
):
    learns_to_classify("06_metric_names.py", 3, read=final_accuracy_and_loss(metric))


# Exercises: the solutions do what each task asks, with the observable result it names.


def test_results(g):
    return g["results"]["accuracy"], g["results"]["loss"]


@check("ex1_integer_labels.py")
def integer_labels_train_with_the_sparse_loss(run):
    g = run.globals
    # The labels stay integers: one class index per sample, no one-hot rows.
    assert g["y_train"].shape == (200,) and g["y_test"].shape == (100,)
    assert np.issubdtype(g["y_test"].dtype, np.integer)
    assert g["model"].get_compile_config()["loss"] == "sparse_categorical_crossentropy"
    # The observable result: test accuracy above 0.9, and the metric "accuracy" became.
    assert set(g["results"]) == {"loss", "accuracy"}
    assert g["results"]["accuracy"] > 0.9
    assert isinstance(resolved_accuracy(g["model"]), keras.metrics.SparseCategoricalAccuracy)
    assert "accuracy metric used: SparseCategoricalAccuracy" in run.stdout


@check("ex1_integer_labels.py")
def sparse_accuracy_is_the_fraction_of_right_classes(run):
    g = run.globals
    predicted = np.argmax(g["model"].predict(g["x_test"], verbose=0), axis=1)
    assert g["results"]["accuracy"] == pytest.approx(np.mean(predicted == g["y_test"]), abs=1e-6)


learns_to_classify("ex1_integer_labels.py", 3, read=test_results)


@check("ex2_binary_by_hand.py")
def binary_accuracy_by_hand_equals_evaluate(run):
    g = run.globals
    model = g["model"]
    # One sigmoid unit, so "accuracy" became BinaryAccuracy (threshold 0.5).
    assert model.output_shape == (None, 1)
    assert model.layers[-1].get_config()["activation"] == "sigmoid"
    assert isinstance(resolved_accuracy(model), keras.metrics.BinaryAccuracy)
    assert g["probabilities"].shape == (100, 1)
    # The by-hand number thresholds at 0.5 (argmax over one column would give 0 everywhere).
    expected = np.mean((g["probabilities"][:, 0] > 0.5) == (g["y_test"] > 0.5))
    assert g["by_hand"] == pytest.approx(expected, abs=1e-6)
    assert g["by_hand"] == pytest.approx(g["accuracy"], abs=1e-6)
    # The observable result: the two printed numbers are equal, and above 0.9.
    assert g["accuracy"] > 0.9
    by_hand, evaluate = re.search(r"by hand: ([\d.]+), evaluate: ([\d.]+)", run.stdout).groups()
    assert by_hand == evaluate


learns_to_classify("ex2_binary_by_hand.py", 2, read=lambda g: (g["accuracy"], None))


def positives_found(model, x, y):
    predicted = model.predict(x, verbose=0)[:, 0] > 0.5
    return int(np.sum(predicted & (y == 1))), int(np.sum(y == 1))


@check("ex3_rare_class.py")
def high_accuracy_hides_a_model_that_misses_the_rare_class(run):
    g = run.globals
    # The diagnosis: answering 0 always scores 0.92, and the unweighted model is barely
    # better than that while it finds at most 3 of the 8 class-1 test samples.
    assert g["always_0"] == pytest.approx(0.92)
    assert int(g["y_test"].sum()) == 8
    accuracy, found = g["before"]
    assert accuracy >= 0.9
    assert found <= 3
    assert "share of class 0 in the test set: 0.92" in run.stdout


@check("ex3_rare_class.py")
def class_weights_make_the_model_find_the_rare_class(run):
    g = run.globals
    model = g["model"]
    # The observable result: at least 7 of the 8 found, accuracy still above 0.8.
    accuracy, found = g["after"]
    assert (found, 8) == positives_found(model, g["x_test"], g["y_test"])
    assert found >= 7
    assert accuracy > 0.8
    # Not luck on 8 samples: on 2000 fresh samples, most of class 1 is found too.
    x = np.random.default_rng(1).normal(size=(2000, 4)).astype("float32")
    y = (x[:, 0] > 1.3).astype("float32")
    found, positives = positives_found(model, x, y)
    assert found / positives > 0.8
    # The fix weighs class 1 by the ratio of the class counts in the training data.
    assert g["weights"][0] == 1.0
    assert g["weights"][1] == pytest.approx(np.sum(g["y_train"] == 0) / np.sum(g["y_train"] == 1))


learns_to_classify(
    "ex3_rare_class.py",
    2,
    read=lambda g: (g["after"][0], g["model"].evaluate(g["x_test"], g["y_test"], verbose=0)[0]),
)
