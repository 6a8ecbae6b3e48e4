"""What lesson 18 claims: Normalization adapted on the training data scales each feature to mean
0 and standard deviation 1; one permutation splits the data into parts that do not overlap;
StringLookup numbers string labels by frequency; a real classifier learns with all three."""

import os
import re
import subprocess
import sys

import keras
import numpy as np
import pytest
from keras import layers
from keras.src.trainers.data_adapters.array_slicing import train_validation_split

from tests.checks.learning import learns_to_classify
from verify import check


def to_numpy(tensor):
    return keras.ops.convert_to_numpy(tensor)


@check("01_normalization.py")
def raw_features_have_very_different_scales(run):
    x = run.globals["x_train"]
    np.testing.assert_allclose(x.mean(axis=0), [20, 60, 1000, 5], rtol=0.05)
    std = x.std(axis=0)
    assert std.max() / std.min() > 50


@check("01_normalization.py")
def normalized_training_data_has_mean_0_and_std_1(run):
    scaled = run.globals["x_train_scaled"]
    assert scaled.shape == (200, 4)
    np.testing.assert_allclose(scaled.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(scaled.std(axis=0), 1, atol=1e-4)
    assert "normalized mean: [0. 0. 0. 0.]" in run.stdout
    assert "normalized std:  [1. 1. 1. 1.]" in run.stdout


@check("01_normalization.py")
def layer_holds_numpys_mean_and_variance_of_the_training_data(run):
    g = run.globals
    normalizer, x_train = g["normalizer"], g["x_train"]
    assert to_numpy(normalizer.mean).shape == (1, 4)
    np.testing.assert_allclose(to_numpy(normalizer.mean)[0], x_train.mean(axis=0), rtol=1e-6)
    np.testing.assert_allclose(to_numpy(normalizer.variance)[0], x_train.var(axis=0), rtol=1e-6)
    # The page: stored as weights of the layer that training does not change.
    assert normalizer.trainable_weights == []
    names = {w.name for w in normalizer.non_trainable_weights}
    assert {"mean", "variance"} <= names


@check("01_normalization.py")
def test_data_is_scaled_with_the_training_statistics(run):
    g = run.globals
    x_train, x_test, scaled = g["x_train"], g["x_test"], g["x_test_scaled"]
    expected = (x_test - x_train.mean(axis=0)) / x_train.std(axis=0)
    np.testing.assert_allclose(scaled, expected, atol=1e-4)
    # Close to 0 and 1, not exactly: the layer never saw these samples.
    assert np.abs(scaled.mean(axis=0)).max() > 0.01
    assert np.abs(scaled.mean(axis=0)).max() < 0.5


@check("02_split.py")
def stored_data_is_ordered_by_class(run):
    y = run.globals["y"]
    assert np.all(np.diff(y) >= 0)
    assert y[-100:].mean() == 1.0


@check("02_split.py")
def split_is_60_20_20_without_overlap(run):
    g = run.globals
    rows = [g["train_rows"], g["val_rows"], g["test_rows"]]
    assert [len(r) for r in rows] == [300, 100, 100]
    assert len(g["x_train"]) == 300 and len(g["x_val"]) == 100 and len(g["x_test"]) == 100
    everything = np.concatenate(rows)
    # Every row exactly once: no overlap, nothing left out.
    np.testing.assert_array_equal(np.sort(everything), np.arange(500))
    assert "rows in two parts: 0" in run.stdout
    assert "rows in all: 500" in run.stdout


@check("02_split.py")
def features_and_labels_stay_together(run):
    g = run.globals
    for x_part, y_part, part in [
        (g["x_train"], g["y_train"], g["train_rows"]),
        (g["x_val"], g["y_val"], g["val_rows"]),
        (g["x_test"], g["y_test"], g["test_rows"]),
    ]:
        np.testing.assert_array_equal(x_part, g["x"][part])
        np.testing.assert_array_equal(y_part, (x_part[:, 0] + x_part[:, 1] > 0))
        # After the shuffle, each part holds both classes in about the same share.
        assert 0.4 < y_part.mean() < 0.6


@check("02_split.py")
def validation_split_takes_the_last_rows_unshuffled(run):
    # The page: fit(validation_split=0.2) keeps the last 20% as they are (the function that
    # fit calls on every backend, keras/src/trainers/data_adapters/array_slicing.py).
    x, y = run.globals["x"], run.globals["y"]
    (x_fit, y_fit), (x_held, y_held) = train_validation_split((x, y), validation_split=0.2)
    np.testing.assert_array_equal(np.asarray(x_held), x[-100:])
    np.testing.assert_array_equal(np.asarray(x_fit), x[:400])
    assert np.asarray(y_held).mean() == 1.0


@check("03_string_labels.py")
def vocabulary_is_ordered_by_frequency(run):
    g = run.globals
    labels, vocabulary = g["labels"], list(g["vocabulary"])
    assert vocabulary == ["dog", "cat", "bird"]
    counts = [int(np.sum(labels == name)) for name in vocabulary]
    assert counts == sorted(counts, reverse=True) and len(set(counts)) == 3
    # num_oov_indices=0: no "[UNK]" entry, the classes are 0, 1, 2.
    assert g["lookup"].vocabulary_size() == 3
    assert sorted(set(g["y"].tolist())) == [0, 1, 2]


@check("03_string_labels.py")
def integers_map_back_to_the_names(run):
    g = run.globals
    vocabulary, y = g["vocabulary"], g["y"]
    np.testing.assert_array_equal(vocabulary[y], g["labels"])
    assert list(vocabulary[g["predicted"]]) == ["bird", "dog", "cat"]
    assert "predicted names: ['bird' 'dog' 'cat']" in run.stdout


@check("03_string_labels.py")
def np_unique_sorts_alphabetically(run):
    g = run.globals
    assert list(g["names"]) == sorted(set(g["labels"]))
    np.testing.assert_array_equal(g["names"][g["y_numpy"]], g["labels"])


@check("03_string_labels.py")
def equally_frequent_labels_come_in_reverse_alphabetical_order(run):
    # The page: ties are sorted by the string, in reverse (index_lookup.py, finalize_state:
    # np.lexsort((tokens, counts))[::-1]).
    tie = layers.StringLookup(num_oov_indices=0)
    tie.adapt(np.array(["cat", "bird", "dog", "cat", "dog", "ant"]))
    assert list(tie.get_vocabulary()) == ["dog", "cat", "bird", "ant"]


WITHOUT_TENSORFLOW = """
import sys
sys.modules["tensorflow"] = None  # as if the tensorflow package were not installed
from keras import layers
try:
    layers.StringLookup(num_oov_indices=0)
except ImportError as error:
    print(error)
"""


@check("03_string_labels.py")
def string_lookup_needs_tensorflow_even_on_jax(run):
    if keras.backend.backend() != "jax":
        return  # the claim is about JAX installed without TensorFlow
    env = {**os.environ, "KERAS_BACKEND": "jax"}
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_TENSORFLOW], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "requires TensorFlow" in done.stdout


def read_split(g):
    return g["train_rows"], g["val_rows"], g["test_rows"]


@check("04_breast_cancer.py")
def data_is_the_569_tumors_split_60_20_20(run):
    g = run.globals
    assert g["x"].shape == (569, 30)
    assert round(float(g["y"].mean()), 2) == 0.63  # the majority class, benign
    rows = read_split(g)
    assert [len(r) for r in rows] == [341, 113, 115]
    np.testing.assert_array_equal(np.sort(np.concatenate(rows)), np.arange(569))


@check("04_breast_cancer.py")
def normalization_is_adapted_on_the_training_part_only(run):
    g = run.globals
    normalizer = g["normalizer"]
    assert g["model"].layers[0] is normalizer
    np.testing.assert_allclose(to_numpy(normalizer.mean)[0], g["x_train"].mean(axis=0), rtol=1e-5)
    np.testing.assert_allclose(
        to_numpy(normalizer.variance)[0], g["x_train"].var(axis=0), rtol=1e-5
    )
    # Not the statistics of all the data, which include the validation and test rows.
    assert not np.allclose(to_numpy(normalizer.mean)[0], g["x"].mean(axis=0), rtol=1e-3)


@check("04_breast_cancer.py")
def early_stopping_ended_training_before_100_epochs(run):
    g = run.globals
    callback, epochs = g["early_stopping"], len(g["history"].history["loss"])
    assert callback.stopped_epoch > 0
    assert epochs < 100
    assert epochs == callback.best_epoch + callback.patience + 1
    assert f"epochs run: {epochs} of 100" in run.stdout


@check("04_breast_cancer.py")
def test_accuracy_is_well_above_the_majority_rate(run):
    g = run.globals
    assert g["test_accuracy"] > 0.9
    # Answering "benign" for every tumor: 0.63 over all of them, 0.58 on the test tumors.
    assert round(float(g["y_test"].mean()), 2) == 0.58
    shown = re.search(r"test accuracy: (0\.\d\d)", run.stdout)
    assert float(shown[1]) == pytest.approx(g["test_accuracy"], abs=0.005)


learns_to_classify("04_breast_cancer.py", 2, read=lambda g: (g["test_accuracy"], g["test_loss"]))


# Exercises: the solutions do what each task asks, with the observable result it names.


@check("ex1_without_normalization.py")
def only_the_first_model_has_a_normalization_layer(run):
    g = run.globals
    assert isinstance(g["model"].layers[0], layers.Normalization)
    assert not any(isinstance(layer, layers.Normalization) for layer in g["raw_model"].layers)


@check("ex1_without_normalization.py")
def without_normalization_the_model_learns_worse(run):
    g = run.globals
    # Several times the test loss, and a lower test accuracy, on both backends.
    assert g["raw_loss"] > 3 * g["loss"]
    assert g["raw_accuracy"] < g["accuracy"] - 0.05
    assert g["accuracy"] > 0.9
    if keras.backend.backend() == "jax":
        # No better than answering "benign" for every test tumor.
        assert g["raw_accuracy"] <= g["y_test"].mean() + 1e-6


learns_to_classify("ex1_without_normalization.py", 2, read=lambda g: (g["accuracy"], g["loss"]))


@check("ex1_without_normalization.py")
def raw_inputs_push_the_untrained_sigmoid_to_0_or_1(run):
    # The page: large inputs can push a sigmoid to 0 or 1 before training has started.
    g = run.globals
    untrained = keras.Sequential(
        [
            keras.Input(shape=(30,)),
            layers.Dense(16, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ]
    )
    p = untrained.predict(g["x_train"], verbose=0)[:, 0]
    assert np.mean((p < 0.01) | (p > 0.99)) > 0.9


@check("ex2_unseen_label.py")
def unseen_label_is_an_error_without_oov_index(run):
    assert re.search(r"^num_oov_indices=0: \w+Error$", run.stdout, re.MULTILINE)
    strict = run.globals["strict"]
    with pytest.raises(Exception):  # noqa: B017 - its type depends on the backend
        strict(np.array(["fish"]))


@check("ex2_unseen_label.py")
def default_lookup_keeps_index_0_for_unknown_labels(run):
    g = run.globals
    strict, lenient = g["strict"], g["lenient"]
    assert lenient.get_vocabulary()[0] == "[UNK]"
    assert list(lenient.get_vocabulary()[1:]) == list(strict.get_vocabulary())
    known = np.asarray(lenient(g["labels"]))
    np.testing.assert_array_equal(known, np.asarray(strict(g["labels"])) + 1)
    np.testing.assert_array_equal(np.asarray(lenient(g["new_labels"])), [2, 0])
    assert lenient.vocabulary_size() == 4


@check("ex3_save_and_reload.py")
def loaded_model_keeps_the_training_statistics(run):
    g = run.globals
    loaded = g["loaded"]
    assert isinstance(loaded.layers[0], layers.Normalization)
    np.testing.assert_allclose(
        to_numpy(loaded.layers[0].mean)[0], g["x_train"].mean(axis=0), rtol=1e-5
    )
    assert "training mean kept: True" in run.stdout


@check("ex3_save_and_reload.py")
def loaded_model_predicts_raw_data_as_the_trained_one(run):
    g = run.globals
    np.testing.assert_allclose(
        g["loaded"].predict(g["x_test"], verbose=0),
        g["model"].predict(g["x_test"], verbose=0),
        atol=1e-6,
    )
    _, accuracy = g["model"].evaluate(g["x_test"], g["y_test"], verbose=0)
    predicted = g["predictions"][:, 0] > 0.5
    assert np.mean(predicted == g["y_test"]) == pytest.approx(accuracy)
    assert "same predictions: True" in run.stdout


learns_to_classify(
    "ex3_save_and_reload.py",
    2,
    read=lambda g: (float(np.mean((g["predictions"][:, 0] > 0.5) == g["y_test"])), None),
)
