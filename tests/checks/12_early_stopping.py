"""What section 12 claims: EarlyStopping ends training once val_loss has not improved for
`patience` epochs, and restore_best_weights leaves the model with its best epoch's weights."""

import warnings

import keras
import numpy as np
import pytest

from tests.checks.learning import binary_accuracy, learns_to_classify
from verify import check


def val_loss_now(g):
    return g["model"].evaluate(g["x_val"], g["y_val"], verbose=0)


@check("01_early_stopping.py")
def model_is_large_for_40_samples(run):
    # 10*64+64 + 64*64+64 + 64*1+1, as the page says; trained on 40 samples.
    assert run.globals["model"].count_params() == 4_929
    assert len(run.globals["x_train"]) == 40


@check("01_early_stopping.py")
def training_stopped_before_the_limit(run):
    callback = run.globals["early_stopping"]
    val_losses = run.globals["history"].history["val_loss"]
    assert callback.stopped_epoch > 0
    assert len(val_losses) < 100
    # The best epoch, then `patience` epochs without improvement, then the stop.
    assert int(np.argmin(val_losses)) == callback.best_epoch
    assert len(val_losses) == callback.best_epoch + callback.patience + 1
    assert callback.stopped_epoch == len(val_losses) - 1


@check("01_early_stopping.py")
def val_loss_falls_then_rises(run):
    # As the page says: val_loss falls for a few epochs, reaches its lowest value, then rises.
    val_losses = run.globals["history"].history["val_loss"]
    best = int(np.argmin(val_losses))
    assert best >= 2
    assert all(b < a for a, b in zip(val_losses[:best], val_losses[1 : best + 1], strict=True))
    assert all(b > a for a, b in zip(val_losses[best:], val_losses[best + 1 :], strict=False))


@check("01_early_stopping.py")
def best_weights_are_restored(run):
    val_losses = run.globals["history"].history["val_loss"]
    np.testing.assert_allclose(val_loss_now(run.globals), min(val_losses), rtol=1e-5)
    # Not a coincidence: the last epoch was clearly worse than the restored one.
    assert val_losses[-1] > min(val_losses) * 1.1


@check("03_restore_without_stopping.py")
def restored_even_without_stopping(run):
    callback = run.globals["early_stopping"]
    val_losses = run.globals["history"].history["val_loss"]
    assert callback.stopped_epoch == 0
    assert len(val_losses) == 10
    assert val_losses[-1] > min(val_losses) * 1.1
    np.testing.assert_allclose(val_loss_now(run.globals), min(val_losses), rtol=1e-5)


@check("02_patience_and_min_delta.py")
def patience_counts_from_the_best_epoch(run):
    # val_losses: best 0.40 at epoch 2; epochs 3-5 do not beat it, so patience=3 stops
    # after epoch 5. With patience=4, epoch 6 (0.38) is a new best and every later value
    # is lower still. With min_delta=0.01, epochs 7-10 are within 0.01 of 0.38: a stop
    # after epoch 10.
    lines = run.stdout.splitlines()
    assert lines == [
        "patience=3:                 stops after epoch 5",
        "patience=4:                 runs all 12 epochs",
        "patience=4, min_delta=0.01: stops after epoch 10",
    ]


@check("04_unknown_monitor.py")
def unknown_monitor_raises_after_the_first_epoch(run):
    assert run.stdout.startswith(
        "ValueError: EarlyStopping callback received monitor=cal_loss, but Keras isn't able to"
    )
    # fit() stopped with the error at the end of epoch 1: 2 batches of 32 from 48 samples.
    assert int(run.globals["model"].optimizer.iterations) == 2
    assert run.stdout.splitlines()[-1] == "weight updates before the error: 2"
    assert run.globals["early_stopping"].monitor_op is None


def fit_with(g, callback, epochs):
    return g["model"].fit(
        g["x"], g["y"], epochs=epochs, validation_split=0.25, callbacks=[callback], verbose=0
    )


@check("04_unknown_monitor.py")
def auto_mode_takes_the_direction_of_a_compiled_metric(run):
    # "val_accuracy" is found among the compiled metrics ("accuracy"): higher is better.
    callback = keras.callbacks.EarlyStopping(monitor="val_accuracy")
    fit_with(run.globals, callback, epochs=1)
    assert callback.monitor_op is keras.ops.greater
    # "val_loss" is known by name: lower is better.
    callback = keras.callbacks.EarlyStopping(monitor="val_loss")
    fit_with(run.globals, callback, epochs=1)
    assert callback.monitor_op is keras.ops.less
    # An error metric such as "mae": lower is better. A function of your own: no direction.
    g = dict(run.globals)

    def my_metric(y_true, y_pred):
        return keras.ops.mean(y_pred)

    g["model"] = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    g["model"].compile(optimizer="adam", loss="binary_crossentropy", metrics=["mae", my_metric])
    callback = keras.callbacks.EarlyStopping(monitor="val_mae")
    fit_with(g, callback, epochs=1)
    assert callback.monitor_op is keras.ops.less
    with pytest.raises(ValueError, match="isn't able to automatically determine"):
        fit_with(g, keras.callbacks.EarlyStopping(monitor="val_my_metric"), epochs=1)


@check("04_unknown_monitor.py")
def a_misspelled_monitor_with_a_mode_never_stops(run):
    # mode="min" silences the error, but "cal_loss" is still missing from the logs: the
    # callback warns at every epoch and never stops training.
    callback = keras.callbacks.EarlyStopping(monitor="cal_loss", mode="min", patience=0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        history = fit_with(run.globals, callback, epochs=3)
    assert len(history.history["loss"]) == 3
    assert callback.stopped_epoch == 0
    assert sum("cal_loss" in str(w.message) for w in caught) == 3


# Every training example learns clearly (tests/checks/learning.py).
# These overfit on purpose; the restored (best) weights must still have learned the task.
learns_to_classify(
    "01_early_stopping.py",
    2,
    read=binary_accuracy("x_val", "y_val", loss=lambda g: g["val_loss_now"]),
)
learns_to_classify(
    "03_restore_without_stopping.py",
    2,
    read=binary_accuracy("x_val", "y_val", loss=lambda g: min(g["history"].history["val_loss"])),
)


# Exercises ---------------------------------------------------------------------------------


@check("ex1_patience_one.py")
def patience_one_stops_one_epoch_after_the_best(run):
    callback = run.globals["early_stopping"]
    val_losses = run.globals["history"].history["val_loss"]
    assert callback.patience == 1
    assert callback.stopped_epoch > 0 and len(val_losses) < 100
    # The best epoch, then a single epoch without improvement.
    assert int(np.argmin(val_losses)) == callback.best_epoch
    assert len(val_losses) == callback.best_epoch + 2
    assert f"epochs run: {len(val_losses)} of 100" in run.stdout
    assert f"best epoch: {callback.best_epoch + 1}" in run.stdout
    # The restored model scores the best val_loss.
    np.testing.assert_allclose(val_loss_now(run.globals), min(val_losses), rtol=1e-5)


@check("ex2_monitor_accuracy.py")
def monitors_val_accuracy_upwards(run):
    callback = run.globals["early_stopping"]
    accuracies = run.globals["history"].history["val_accuracy"]
    assert callback.monitor == "val_accuracy"
    assert callback.monitor_op is keras.ops.greater  # mode="auto": higher is better
    assert callback.stopped_epoch > 0 and len(accuracies) < 100
    # The first epoch to reach the highest value is the best; `patience` epochs later, the stop.
    assert callback.best_epoch == int(np.argmax(accuracies))
    assert len(accuracies) == callback.best_epoch + callback.patience + 1


@check("ex2_monitor_accuracy.py")
def restored_model_has_the_best_val_accuracy(run):
    g = run.globals
    accuracies = g["history"].history["val_accuracy"]
    _, accuracy = g["model"].evaluate(g["x_val"], g["y_val"], verbose=0)
    np.testing.assert_allclose(accuracy, max(accuracies), rtol=1e-6)
    assert f"val_accuracy of the restored model: {max(accuracies):.3f}" in run.stdout


@check("ex3_missing_validation_data.py")
def validation_data_lets_the_callback_stop(run):
    g = run.globals
    callback, history = g["early_stopping"], g["history"].history
    # The fix: val_loss is recorded, so the callback can compare epochs and stop.
    assert "val_loss" in history
    assert callback.monitor == "val_loss" and callback.restore_best_weights
    assert callback.stopped_epoch > 0
    assert len(history["val_loss"]) < 30
    assert len(history["val_loss"]) == callback.best_epoch + callback.patience + 1
    np.testing.assert_allclose(val_loss_now(g), min(history["val_loss"]), rtol=1e-5)


@check("ex3_missing_validation_data.py")
def without_validation_data_the_callback_warns_and_never_stops(run):
    # The symptom of the task, on the same data and model, for 5 epochs.
    g = run.globals
    model = keras.models.clone_model(g["model"])
    model.compile(optimizer="adam", loss="binary_crossentropy")
    callback = keras.callbacks.EarlyStopping(monitor="val_loss", patience=0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        history = model.fit(g["x_train"], g["y_train"], epochs=5, callbacks=[callback], verbose=0)
    assert len(history.history["loss"]) == 5 and callback.stopped_epoch == 0
    messages = [str(w.message) for w in caught]
    assert sum("`val_loss` which is not available" in m for m in messages) == 5


learns_to_classify(
    "ex1_patience_one.py",
    2,
    read=binary_accuracy("x_val", "y_val", loss=lambda g: g["val_loss_now"]),
)
learns_to_classify(
    "ex2_monitor_accuracy.py",
    2,
    read=lambda g: (g["val_accuracy_now"], g["val_loss_now"]),
)
learns_to_classify(
    "ex3_missing_validation_data.py",
    2,
    read=binary_accuracy("x_val", "y_val", loss=lambda g: g["val_loss_now"]),
)
