"""What section 14 claims: predict gives class probabilities; labels come from argmax or 0.5."""

import re

import keras
import numpy as np
import pytest

from tests.checks.learning import binary_accuracy, learns_to_classify
from verify import check


def fresh_samples(n=200, seed=1):
    return np.random.default_rng(seed).normal(size=(n, 4)).astype("float32")


@check("01_predict.py")
def predict_returns_one_probability_row_per_sample(run):
    predictions = run.globals["predictions"]
    assert isinstance(predictions, np.ndarray)
    assert predictions.shape == (5, 3)
    assert np.all((predictions >= 0) & (predictions <= 1))
    np.testing.assert_allclose(predictions.sum(axis=1), 1.0, atol=1e-5)


@check("01_predict.py")
def trained_model_predicts_new_data_well(run):
    x = fresh_samples()
    predicted = np.argmax(run.globals["model"].predict(x, verbose=0), axis=1)
    assert np.mean(predicted == np.argmax(x[:, :3], axis=1)) > 0.8


@check("02_class_labels.py")
def class_is_the_most_probable_column(run):
    g = run.globals
    np.testing.assert_array_equal(g["predicted_classes"], np.argmax(g["probabilities"], axis=1))
    assert g["predicted_classes"].shape == (8,)
    assert set(g["predicted_classes"]) <= {0, 1, 2}
    # The printed labels mostly agree with the true ones.
    assert np.mean(g["predicted_classes"] == g["true_classes"]) >= 0.75


@check("03_binary_threshold.py")
def sigmoid_gives_one_column_thresholded_at_half(run):
    g = run.globals
    probabilities, labels = g["probabilities"], g["predicted_labels"]
    assert probabilities.shape == (8, 1)
    assert np.all((probabilities >= 0) & (probabilities <= 1))
    assert labels.shape == (8,)
    np.testing.assert_array_equal(labels, (probabilities[:, 0] > 0.5).astype(int))
    assert np.mean(labels == g["true_labels"]) >= 0.75


@check("03_binary_threshold.py")
def some_predictions_are_wrong_class_0_just_above_the_threshold(run):
    # The page says: not all 8 are right; the mistakes are class-0 samples whose probability
    # is only a little above 0.5 (how many, and their values, differ between backends).
    g = run.globals
    probabilities, labels, true = g["probabilities"][:, 0], g["predicted_labels"], g["true_labels"]
    wrong = labels != true
    assert wrong.any()
    assert np.all(true[wrong] == 0)
    assert np.all((probabilities[wrong] > 0.5) & (probabilities[wrong] < 0.65))


@check("04_single_sample.py")
def single_sample_needs_a_batch_dimension(run):
    g = run.globals
    assert g["sample"].shape == (4,)
    assert g["batch_of_one"].shape == (1, 4)
    assert g["prediction"].shape == (1, 3)
    # Without the batch dimension Keras rejects the input with a ValueError (its wording
    # depends on what the model ran before).
    if keras.backend.backend() == "tensorflow":  # a failed call can break a JAX model
        with pytest.raises(ValueError):
            g["model"].predict(g["sample"], verbose=0)


@check("05_call_vs_predict.py")
def call_returns_a_tensor_predict_an_array(run):
    g = run.globals
    assert isinstance(g["from_predict"], np.ndarray)
    assert keras.ops.is_tensor(g["from_call"])
    assert not isinstance(g["from_call"], np.ndarray)
    np.testing.assert_allclose(
        keras.ops.convert_to_numpy(g["from_call"]), g["from_predict"], atol=1e-6
    )
    assert "same values: True" in run.stdout


# Exercises: the solutions do what each task asks, with the observable result it names.


@check("ex1_class_and_confidence.py")
def each_sample_gets_its_class_and_the_probability_of_that_class(run):
    g = run.globals
    probabilities, classes, confidence = (
        g["probabilities"],
        g["predicted_classes"],
        g["confidence"],
    )
    assert probabilities.shape == (8, 3)
    assert classes.shape == (8,) and confidence.shape == (8,)
    np.testing.assert_array_equal(classes, np.argmax(probabilities, axis=1))
    # The confidence is the probability of the predicted class, the highest of the row.
    np.testing.assert_allclose(confidence, probabilities[np.arange(8), classes])
    # The observable result: each probability between 1/3 and 1, and 6 or more of the 8
    # classes right (all 8 here on both backends).
    assert np.all((confidence > 1 / 3) & (confidence <= 1.0 + 1e-6))
    assert np.mean(classes == g["true_classes"]) >= 0.75
    assert g["least_sure"] == np.argmin(confidence)
    assert 0.5 < confidence.min() < 0.7  # "about 0.6"
    assert f"least sure: sample {g['least_sure']}" in run.stdout
    lines = run.stdout.splitlines()
    assert len(lines) == 9
    for i, line in enumerate(lines[:8]):
        shown = re.fullmatch(rf"sample {i}: class (\d) with probability ([\d.]+) \(true \d\)", line)
        assert shown, line
        assert int(shown[1]) == classes[i]
        assert float(shown[2]) == pytest.approx(confidence[i], abs=0.005)


def accuracy_on_fresh_samples(g):
    x = fresh_samples()
    predicted = np.argmax(g["model"].predict(x, verbose=0), axis=1)
    return np.mean(predicted == np.argmax(x[:, :3], axis=1)), None


learns_to_classify("ex1_class_and_confidence.py", 3, read=accuracy_on_fresh_samples)


def threshold_counts(stdout):
    """{threshold: (false alarms, misses)} as the solution printed them."""
    found = re.findall(r"threshold ([\d.]+): false alarms (\d+), misses (\d+)", stdout)
    return {float(t): (int(f), int(m)) for t, f, m in found}


@check("ex2_stricter_threshold.py")
def threshold_065_removes_the_false_alarms_of_the_page(run):
    g = run.globals
    probabilities, labels = g["probabilities"], g["predicted_labels"]
    assert probabilities.shape == (8,)
    # The observable result: all 8 labels right, where 0.5 made false alarms.
    np.testing.assert_array_equal(labels, g["true_labels"])
    at_half = (probabilities > 0.5).astype(int)
    assert np.any((at_half == 1) & (g["true_labels"] == 0))
    assert g["threshold"] == 0.65
    np.testing.assert_array_equal(labels, (probabilities > 0.65).astype(int))


@check("ex2_stricter_threshold.py")
def stricter_threshold_trades_false_alarms_for_misses(run):
    g = run.globals
    counts = threshold_counts(run.stdout)
    assert set(counts) == {0.5, 0.65}
    (alarms_05, misses_05), (alarms_065, misses_065) = counts[0.5], counts[0.65]
    assert alarms_065 < alarms_05
    assert misses_065 > misses_05
    # The printed counts are those of the model on the 200 samples.
    truth, p = g["true_more"], g["model"].predict(g["x_more"], verbose=0).ravel()
    for t, (alarms, misses) in counts.items():
        assert alarms == np.sum((p > t) & ~truth)
        assert misses == np.sum((p <= t) & truth)


learns_to_classify("ex2_stricter_threshold.py", 2, read=binary_accuracy("x_more", "true_more"))


@check("ex3_scale_new_data.py")
def raw_new_data_lands_in_one_class(run):
    # The symptom: on raw measurements, predict puts at least 95 of 100 samples in one class,
    # and gets no more right than answering the majority class.
    g = run.globals
    assert g["raw_counts"].sum() == 100
    assert g["raw_counts"].max() >= 95
    dominant = np.argmax(g["raw_counts"])
    assert abs(g["raw_accuracy"] - np.mean(g["y_new"] == dominant)) <= 0.05 + 1e-9
    assert g["raw_accuracy"] < 0.7
    # The printed true labels: the rate of each class is what answering it for every sample
    # scores, which the page compares with the accuracy on the raw samples.
    np.testing.assert_array_equal(g["true_counts"], np.bincount(g["y_new"].astype(int)))
    assert f"true labels: classes 0/1 {g['true_counts']}" in run.stdout


@check("ex3_scale_new_data.py")
def new_data_standardized_like_the_training_data_is_predicted_well(run):
    g = run.globals
    # The fix uses the training data's statistics.
    np.testing.assert_allclose(g["mean"], g["x_train"].mean(axis=0), rtol=1e-6)
    np.testing.assert_allclose(g["std"], g["x_train"].std(axis=0), rtol=1e-6)
    scaled = (g["x_new"] - g["mean"]) / g["std"]
    predicted = g["model"].predict(scaled, verbose=0).ravel() > 0.5
    assert g["accuracy"] == pytest.approx(np.mean(predicted == g["y_new"]))
    # The observable result: both classes again, and accuracy above 0.9.
    assert g["counts"].min() >= 30
    assert g["accuracy"] > 0.9
    assert re.search(r"standardized: classes 0/1 \[\s*\d+\s+\d+\], accuracy 0\.9\d", run.stdout)


learns_to_classify("ex3_scale_new_data.py", 2, read=lambda g: (g["accuracy"], None))
