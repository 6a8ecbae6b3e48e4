"""What section 19 claims: precision, recall, the confusion matrix, class weights for a rare
class, and what "accuracy" becomes for a multi-label model."""

import keras
import numpy as np
import pytest
from keras.src.trainers.compile_utils import get_metric

from tests.checks.learning import learns_to_classify
from verify import check


def compiled(model):
    """The metrics compile made from the `metrics` list (model.metrics[0] tracks the loss)."""
    return model.metrics[1].metrics


def counts_at(probabilities, labels, threshold):
    """True positives, false positives and false negatives at a threshold (above it: 1)."""
    predicted = np.asarray(probabilities).ravel() > threshold
    actual = np.asarray(labels).ravel() == 1
    return (
        int(np.sum(predicted & actual)),
        int(np.sum(predicted & ~actual)),
        int(np.sum(~predicted & actual)),
    )


@check("01_precision_recall.py")
def precision_and_recall_are_asked_for_in_compile_at_threshold_0_5(run):
    g = run.globals
    metrics = compiled(g["model"])
    precision = next(m for m in metrics if isinstance(m, keras.metrics.Precision))
    recall = next(m for m in metrics if isinstance(m, keras.metrics.Recall))
    # Without `thresholds`, each counts a probability above 0.5 as a prediction of 1.
    assert precision.thresholds == [0.5] and recall.thresholds == [0.5]
    assert set(g["results"]) == {"loss", "accuracy", "precision", "recall"}
    # A probability of exactly 0.5 counts as negative: no predicted positive here, so no
    # true positive, and precision is reported as 0 rather than 0 / 0 (as is recall without
    # any positive label).
    metric = keras.metrics.Precision()
    metric.update_state(np.array([1.0, 0.0]), np.array([0.5, 0.5]))
    assert float(metric.true_positives[0]) == 0 and float(metric.false_positives[0]) == 0
    assert float(metric.result()) == 0.0
    metric = keras.metrics.Recall()
    metric.update_state(np.array([0.0, 0.0]), np.array([0.9, 0.1]))
    assert float(metric.result()) == 0.0


@check("01_precision_recall.py")
def the_metrics_equal_the_counts_from_predict_at_0_5(run):
    g = run.globals
    probabilities = g["model"].predict(g["x_test"], verbose=0)
    tp, fp, fn = counts_at(probabilities, g["y_test"], 0.5)
    assert (tp, fp, fn) == (g["true_positives"], g["false_positives"], g["false_negatives"])
    # Precision: of the predicted positives, the share that is right; recall: of the real
    # positives, the share that was found.
    assert g["results"]["precision"] == pytest.approx(tp / (tp + fp), abs=1e-6)
    assert g["results"]["recall"] == pytest.approx(tp / (tp + fn), abs=1e-6)
    assert g["precision"] == pytest.approx(g["results"]["precision"], abs=1e-6)
    assert g["recall"] == pytest.approx(g["results"]["recall"], abs=1e-6)
    # Neither is 1: the noisy labels leave both kinds of mistakes.
    assert fp > 0 and fn > 0


learns_to_classify(
    "01_precision_recall.py", 2, read=lambda g: (g["results"]["accuracy"], g["results"]["loss"])
)


@check("02_confusion_matrix.py")
def the_matrix_counts_true_classes_in_rows_and_predictions_in_columns(run):
    g = run.globals
    matrix, y_test = g["matrix"], g["y_test"]
    predicted = np.argmax(g["model"].predict(g["x_test"], verbose=0), axis=1)
    assert np.array_equal(predicted, g["predicted"])
    assert matrix.shape == (3, 3) and matrix.sum() == len(y_test) == 250
    for i in range(3):
        for j in range(3):
            assert matrix[i, j] == np.sum((y_test == i) & (predicted == j))
    assert np.array_equal(matrix.sum(axis=1), np.bincount(y_test, minlength=3))
    # The page: scikit-learn's confusion_matrix lays it out the same way.
    from sklearn.metrics import confusion_matrix

    assert np.array_equal(confusion_matrix(y_test, predicted), matrix)
    # The printed rows are the matrix's rows.
    rows = [line for line in run.stdout.splitlines() if line.startswith("true ")]
    assert [[int(n) for n in line.split()[2:]] for line in rows] == matrix.tolist()


@check("02_confusion_matrix.py")
def the_diagonal_share_is_the_accuracy_keras_reports(run):
    g = run.globals
    assert g["by_hand"] == pytest.approx(g["accuracy"], abs=1e-6)
    # The model makes mistakes, so there is something off the diagonal to read.
    assert g["matrix"].sum() > np.trace(g["matrix"])


@check("02_confusion_matrix.py")
def keras_metrics_has_no_confusion_matrix(run):
    assert not [name for name in dir(keras.metrics) if "confusion" in name.lower()]


learns_to_classify("02_confusion_matrix.py", 3, read=lambda g: (g["accuracy"], None))


@check("03_class_imbalance.py")
def accuracy_looks_high_while_the_rare_class_is_missed(run):
    g = run.globals
    y_train, y_test, plain = g["y_train"], g["y_test"], g["plain"]
    # About 1 sample in 20 is of class 1.
    assert 0.03 < y_train.mean() < 0.07 and 0.03 < y_test.mean() < 0.07
    always_0 = np.mean(y_test == 0)
    assert always_0 >= 0.94
    # The model barely beats answering 0 always, and finds about half of class 1.
    assert always_0 <= plain["accuracy"] < always_0 + 0.03
    assert plain["recall"] <= 0.6


@check("03_class_imbalance.py")
def class_weights_raise_recall_at_a_cost_of_precision(run):
    g = run.globals
    plain, weighted, weights = g["plain"], g["weighted"], g["weights"]
    # The weights from the counts make each class weigh the same in all ...
    counts = np.bincount(g["y_train"].astype("int64"))
    assert weights[0] * counts[0] == pytest.approx(weights[1] * counts[1])
    assert weights[0] + weights[1] == pytest.approx(
        len(g["y_train"]) / (2 * counts[0]) + len(g["y_train"]) / (2 * counts[1])
    )
    # ... which is scikit-learn's "balanced" rule.
    from sklearn.utils.class_weight import compute_class_weight

    balanced = compute_class_weight("balanced", classes=np.array([0, 1]), y=g["y_train"])
    assert [weights[0], weights[1]] == pytest.approx(balanced.tolist())
    # The claims the page prints: recall rises, clearly; precision and accuracy fall.
    assert weighted["recall"] >= plain["recall"] + 0.3
    assert weighted["recall"] >= 0.9
    assert weighted["precision"] < plain["precision"]
    assert weighted["accuracy"] < plain["accuracy"]
    assert "recall of class 1 rises: True" in run.stdout
    assert "precision of class 1 falls: True" in run.stdout


@check("03_class_imbalance.py")
def a_second_metric_object_gets_a_numbered_name(run):
    g = run.globals
    assert {"precision", "recall"} <= set(g["plain"]) and {"precision", "recall"} <= set(
        g["weighted"]
    )
    keras.backend.clear_session()
    names = [keras.metrics.Precision().name for _ in range(2)]
    assert names == ["precision", "precision_1"]
    assert keras.metrics.Precision(name="precision").name == "precision"
    # The strings give the same metrics, under the name written.
    y = np.zeros((2, 1), "float32")
    for name, kind in (("precision", keras.metrics.Precision), ("recall", keras.metrics.Recall)):
        for _ in range(2):
            metric = get_metric(name, y, y)
            assert type(metric) is kind and metric.name == name


@check("03_class_imbalance.py")
def class_weight_multiplies_each_samples_loss_by_its_class_weight(run):
    g = run.globals
    from keras.src.trainers.data_adapters.data_adapter_utils import (
        class_weight_to_sample_weights,
    )

    per_sample = class_weight_to_sample_weights(g["y_train"], g["weights"])
    expected = np.where(g["y_train"] == 1, g["weights"][1], g["weights"][0])
    assert per_sample == pytest.approx(expected)


for results in ("plain", "weighted"):
    learns_to_classify(
        "03_class_imbalance.py",
        2,
        read=lambda g, r=results: (g[r]["accuracy"], g[r]["loss"]),
    )


@check("04_multi_label_accuracy.py")
def accuracy_becomes_categorical_accuracy_for_several_sigmoid_outputs(run):
    g = run.globals
    picked = g["picked"]
    assert type(picked) is keras.metrics.CategoricalAccuracy
    assert picked.name == "accuracy"
    assert g["model"].output_shape == (None, 3)
    assert g["model"].layers[-1].get_config()["activation"] == "sigmoid"
    assert '"accuracy" became: CategoricalAccuracy' in run.stdout
    # The choice reads the shapes only: the same shapes with any loss give the same metric,
    # and one output column gives BinaryAccuracy.
    y_true, y_pred = np.zeros((4, 3), "float32"), np.zeros((4, 3), "float32")
    assert type(get_metric("accuracy", y_true, y_pred)) is keras.metrics.CategoricalAccuracy
    one = np.zeros((4, 1), "float32")
    assert type(get_metric("accuracy", one, one)) is keras.metrics.BinaryAccuracy


@check("04_multi_label_accuracy.py")
def reported_accuracy_is_the_argmax_rule_not_labels_right(run):
    g = run.globals
    reported = g["results"]["accuracy"]
    assert reported == pytest.approx(g["top_is_first"], abs=1e-6)
    # What a reader expects (one right/wrong per label) is far higher.
    assert g["labels_right"] > reported + 0.15
    # A sample without any label counts as label 0 (argmax of a row of zeros), and there are
    # such samples in the test set.
    assert np.any(g["y_test"].sum(axis=1) == 0)
    assert np.argmax(np.zeros(3)) == 0
    # Even perfect probabilities would not score 1 on CategoricalAccuracy.
    perfect = g["y_test"] * (1 + np.arange(3))  # the label with the higher index wins
    metric = keras.metrics.CategoricalAccuracy()
    metric.update_state(g["y_test"], perfect)
    assert float(metric.result()) < 0.9


@check("04_multi_label_accuracy.py")
def binary_accuracy_counts_each_label(run):
    g = run.globals
    fixed_metric = compiled(g["model"])[0]
    assert type(fixed_metric) is keras.metrics.BinaryAccuracy
    assert g["fixed"]["accuracy"] == pytest.approx(g["labels_right"], abs=1e-6)


learns_to_classify("04_multi_label_accuracy.py", 2, read=lambda g: (g["labels_right"], None))


# Exercises: the solutions do what each task asks, with the observable result it names.


@check("ex1_threshold.py")
def a_higher_threshold_trades_recall_for_precision(run):
    g = run.globals
    results = g["results"]
    assert set(results) == {"loss", "precision", "recall", "precision_at_0.7", "recall_at_0.7"}
    thresholds = {m.name: m.thresholds for m in compiled(g["model"])}
    assert thresholds["precision_at_0.7"] == [0.7] and thresholds["recall"] == [0.5]
    probabilities = g["model"].predict(g["x_test"], verbose=0)
    for threshold, suffix in ((0.5, ""), (0.7, "_at_0.7")):
        tp, fp, fn = counts_at(probabilities, g["y_test"], threshold)
        assert results[f"precision{suffix}"] == pytest.approx(tp / (tp + fp), abs=1e-6)
        assert results[f"recall{suffix}"] == pytest.approx(tp / (tp + fn), abs=1e-6)
    assert results["precision_at_0.7"] > results["precision"]
    assert results["recall_at_0.7"] < results["recall"]
    assert "precision rises: True" in run.stdout and "recall falls: True" in run.stdout


@check("ex2_per_class.py")
def per_class_recall_and_precision_come_from_rows_and_columns(run):
    g = run.globals
    matrix = g["matrix"]
    y_test, predicted = g["y_test"], g["predicted"]
    for c in range(3):
        assert g["recall"][c] == pytest.approx(np.mean(predicted[y_test == c] == c))
        assert g["precision"][c] == pytest.approx(np.mean(y_test[predicted == c] == c))
    assert matrix.sum() == 250
    # Keras gives the same with class_id and top_k=1 ...
    assert g["keras_recall"] == pytest.approx(g["recall"].tolist(), abs=1e-6)
    assert "same as Recall(class_id=c, top_k=1): True" in run.stdout
    # ... and so does scikit-learn.
    from sklearn.metrics import precision_score, recall_score

    assert recall_score(y_test, predicted, average=None) == pytest.approx(g["recall"])
    assert precision_score(y_test, predicted, average=None) == pytest.approx(g["precision"])
    # With top_k set and no thresholds, Keras does not threshold the probability at 0.5.
    assert keras.metrics.Recall(class_id=0, top_k=1).thresholds[0] < 0
    assert keras.metrics.Recall(class_id=0).thresholds == [0.5]


learns_to_classify("ex2_per_class.py", 3, read=lambda g: (np.trace(g["matrix"]) / 250, None))


@check("ex3_pick_class_weights.py")
def a_heavier_class_weight_finds_more_of_the_rare_class(run):
    g = run.globals
    recalls, precisions = g["recalls"], g["precisions"]
    assert len(recalls) == len(precisions) == 3
    assert recalls[0] < recalls[1] < recalls[2]
    assert precisions[0] > precisions[1] > precisions[2]
    assert recalls[0] <= 0.6 and recalls[2] > 0.85
    assert "recall rises with the weight: True" in run.stdout
    assert "precision falls: True" in run.stdout


@check("ex4_exact_match.py")
def exact_match_is_stricter_than_labels_right(run):
    g = run.globals
    probabilities = g["model"].predict(g["x_test"], verbose=0)
    right = (probabilities > 0.5) == (g["y_test"] == 1)
    assert right.shape == (250, 3)
    assert g["exact_match"] == pytest.approx(np.mean(right.all(axis=1)))
    assert g["results"]["accuracy"] == pytest.approx(np.mean(right), abs=1e-6)
    assert type(compiled(g["model"])[0]) is keras.metrics.BinaryAccuracy
    assert g["exact_match"] < g["results"]["accuracy"]
    assert "exact match is the stricter: True" in run.stdout


learns_to_classify("ex4_exact_match.py", 2, read=lambda g: (g["exact_match"], None))
