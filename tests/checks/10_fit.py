"""What section 10 claims: fit() runs `epochs` passes of ceil(n / batch_size) updates each,
returns a History of per-epoch metrics, and the loss goes down on learnable data."""

import inspect
import math
import re

import keras
import numpy as np

from tests.checks.learning import from_history, learns_to_classify
from verify import check


@check("01_fit.py")
def history_has_one_entry_per_epoch(run):
    history = run.globals["history"]
    assert isinstance(history, keras.callbacks.History)
    assert history.epoch == list(range(10))
    assert set(history.history) == {"loss", "accuracy"}
    assert len(history.history["loss"]) == 10
    assert len(history.history["accuracy"]) == 10


@check("01_fit.py")
def loss_decreases(run):
    loss = run.globals["history"].history["loss"]
    assert loss[-1] < loss[0]
    # Learning is steady here: every epoch improves on the one before.
    assert all(later < earlier for earlier, later in zip(loss, loss[1:], strict=False))


@check("01_fit.py")
def batch_size_sets_the_updates_per_epoch(run):
    history, model = run.globals["history"], run.globals["model"]
    steps = math.ceil(200 / 32)
    assert history.params["steps"] == steps
    assert int(model.optimizer.iterations) == 10 * steps
    assert f"steps per epoch: {steps}" in run.stdout


def logged_losses(model, x, y, **fit_kwargs) -> list[float]:
    """The loss that fit() logs after each batch of 32 (what its progress bar shows), with
    ``model`` compiled at learning rate 0, so that its weights stay as they are."""
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="categorical_crossentropy"
    )
    shown = []
    log = keras.callbacks.LambdaCallback(
        on_train_batch_end=lambda b, logs: shown.append(logs["loss"])
    )
    model.fit(x, y, batch_size=32, verbose=0, callbacks=[log], **fit_kwargs)
    return shown


@check("01_fit.py")
def fit_shuffles_the_samples_before_each_epoch(run):
    # shuffle=True is fit()'s default. Shown with weights that do not change (learning rate
    # 0), so that the loss after each batch depends only on which samples the batches hold.
    g = run.globals
    assert inspect.signature(keras.Model.fit).parameters["shuffle"].default is True

    def losses_per_batch(**fit_kwargs):
        model = keras.models.clone_model(g["model"])
        model.set_weights(g["model"].get_weights())
        shown = logged_losses(model, g["train_data"], g["train_labels"], epochs=2, **fit_kwargs)
        return np.array(shown[:7]), np.array(shown[7:])

    in_order, in_order_again = losses_per_batch(shuffle=False)
    np.testing.assert_allclose(in_order, in_order_again, rtol=1e-6)
    first, second = losses_per_batch()
    assert not np.allclose(first, in_order)  # shuffled: other samples in the batches
    np.testing.assert_allclose(first[-1], in_order[-1], rtol=1e-5)  # the same 200 samples
    # The page's aside: after keras.utils.set_random_seed (the snippet called it), TensorFlow
    # gives every epoch the same order; JAX draws a new order for each epoch.
    if keras.backend.backend() == "tensorflow":
        np.testing.assert_allclose(first, second, rtol=1e-6)
    else:
        assert not np.allclose(first, second)


@check("03_fit_validation_data.py")
def validation_metrics_are_recorded(run):
    history = run.globals["history"].history
    assert set(history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert all(len(values) == 5 for values in history.values())


@check("03_fit_validation_data.py")
def verbose_2_prints_one_line_per_epoch_with_the_history_values(run):
    history = run.globals["history"].history
    lines = run.stdout.splitlines()
    # Two lines per epoch ("Epoch 1/5", then its results), then the snippet's own line.
    assert len(lines) == 2 * 5 + 1
    for epoch in range(5):
        assert lines[2 * epoch] == f"Epoch {epoch + 1}/5"
        # Steps done / steps per epoch, ceil(200 / 32) = 7, then each value of the epoch,
        # as History records it, to 4 decimals.
        shown = lines[2 * epoch + 1].split(" - ")
        assert shown[:2] == ["7/7", "[times]"]
        values = dict(item.split(": ") for item in shown[2:])
        assert list(values) == ["accuracy", "loss", "val_accuracy", "val_loss"]
        for name, text in values.items():
            assert text == f"{history[name][epoch]:.4f}"
    # What fit() really printed had both timings where "[times]" stands.
    assert re.search(
        r"^7/7 - \d+s - \d+[mu]?s/step - accuracy: ", run.globals["printed"].getvalue(), re.M
    )


@check("03_fit_validation_data.py")
def progress_values_are_running_averages_over_the_epoch(run):
    # What the bar shows after each batch (the logs fit() passes to its callbacks) is the
    # average over the samples of the epoch so far. Shown with weights that do not change
    # (learning rate 0) and no shuffling, so that each batch's own loss can be measured.
    g = run.globals
    model = keras.models.clone_model(g["model"])
    x, y = g["train_data"], g["train_labels"]
    shown = logged_losses(model, x, y, epochs=1, shuffle=False)
    sizes = [len(x[i : i + 32]) for i in range(0, len(x), 32)]
    losses = [
        model.evaluate(x[i : i + 32], y[i : i + 32], verbose=0, return_dict=True)["loss"]
        for i in range(0, len(x), 32)
    ]
    assert len(shown) == len(sizes) == 7
    for k in range(1, 8):
        running = np.average(losses[:k], weights=sizes[:k])
        np.testing.assert_allclose(shown[k - 1], running, rtol=1e-5)


@check("03_fit_validation_data.py")
def val_loss_is_measured_on_the_validation_data(run):
    g = run.globals
    # The last epoch's val_loss comes from the final weights on (val_data, val_labels).
    val_loss, val_accuracy = g["model"].evaluate(g["val_data"], g["val_labels"], verbose=0)
    np.testing.assert_allclose(g["history"].history["val_loss"][-1], val_loss, rtol=1e-5)
    np.testing.assert_allclose(g["history"].history["val_accuracy"][-1], val_accuracy, rtol=1e-5)


@check("02_batch_size.py")
def one_update_per_batch(run):
    for batch_size in (8, 32, 200):
        expected = math.ceil(200 / batch_size)
        assert f"batch_size {batch_size:3d}: updates per epoch = {expected:2d}," in run.stdout
    # The last model was trained with the whole data set as a single batch.
    assert int(run.globals["model"].optimizer.iterations) == 1


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("01_fit.py", 3)
learns_to_classify("03_fit_validation_data.py", 3, read=from_history(prefix="val_"))


# Exercises ---------------------------------------------------------------------------------


@check("ex1_four_updates_per_epoch.py")
def four_updates_per_epoch(run):
    history, model = run.globals["history"], run.globals["model"]
    assert history.params["steps"] == 4
    assert history.epoch == list(range(10))
    assert int(model.optimizer.iterations) == 10 * 4
    assert "steps per epoch: 4" in run.stdout
    assert "updates in all: 40" in run.stdout
    assert history.history["accuracy"][-1] > 0.85  # as the task says


@check("ex2_sparse_labels.py")
def class_numbers_with_the_sparse_loss(run):
    g = run.globals
    labels = np.asarray(g["train_labels"])
    # One class number per sample, not a one-hot row, in the order of the data.
    assert labels.shape == (200,)
    assert np.issubdtype(labels.dtype, np.integer)
    np.testing.assert_array_equal(labels, np.argmax(g["train_data"][:, :3], axis=1))
    assert g["model"].loss == "sparse_categorical_crossentropy"
    assert g["model"].output_shape == (None, 3)
    assert "labels: (200,)" in run.stdout
    assert set(g["history"].history) == {"loss", "accuracy"}
    assert g["history"].history["accuracy"][-1] > 0.9  # as the task says


@check("ex3_labels_out_of_order.py")
def labels_shuffled_apart_from_the_data_cannot_be_learned(run):
    broken = run.globals["broken_history"].history
    # The symptom the task describes: the loss stays above 1.0, accuracy below 0.5.
    assert min(broken["loss"]) > 1.0
    assert broken["accuracy"][-1] < 0.5


@check("ex3_labels_out_of_order.py")
def one_permutation_keeps_each_label_with_its_sample(run):
    g = run.globals
    data, labels = g["shuffled_data"], g["shuffled_labels"]
    # Reordered, but every label still belongs to its row of data.
    assert not np.array_equal(data, g["train_data"])
    np.testing.assert_array_equal(np.argmax(labels, axis=1), np.argmax(data[:, :3], axis=1))
    history = g["history"].history
    assert history["loss"][-1] < 0.3 and history["accuracy"][-1] > 0.9  # as the task says


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("ex1_four_updates_per_epoch.py", 3)
learns_to_classify("ex2_sparse_labels.py", 3)
learns_to_classify("ex3_labels_out_of_order.py", 3)
