"""What section 6 claims: Dropout zeroes about `rate` of its inputs in training, none at
inference (predict, training=False, or a plain call, where Dropout's default applies); rate=1
drops everything."""

import keras
import numpy as np
import pytest

from tests.checks.learning import from_history, learns_to_classify
from verify import check

# 784*128+128 + 128*64+64 + 64*10+10: the Dropout layer adds nothing.
PARAMS = 109_386


@check("01_dropout.py")
def dropout_with_rate_half_after_first_dense(run):
    model = run.globals["model"]
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Dense", "Dropout", "Dense", "Dense"]
    assert model.layers[1].rate == 0.5
    assert model.count_params() == PARAMS
    assert "Total params: 109,386" in run.stdout


@check("02_training_vs_inference.py")
def zeroes_about_rate_and_scales_the_rest_in_training(run):
    x, train_out = run.globals["x"], run.globals["train_out"]
    rate = run.globals["dropout"].rate
    zeroed = np.mean(train_out == 0)
    # 10,000 independent draws: the standard deviation of the fraction is 0.005.
    assert abs(zeroed - rate) < 0.03
    kept = train_out[train_out != 0]
    np.testing.assert_allclose(kept, x[train_out != 0] / (1 - rate))


@check("02_training_vs_inference.py")
def identity_at_inference_and_in_predict(run):
    x = run.globals["x"]
    np.testing.assert_array_equal(run.globals["infer_out"], x)
    np.testing.assert_array_equal(run.globals["predicted"], x)
    np.testing.assert_array_equal(run.globals["called"], x)
    assert "model(x, training=False): output equals input: True" in run.stdout


@check("02_training_vs_inference.py")
def plain_call_falls_back_to_dropouts_default_inference(run):
    # model(x) passes no training value; Dropout.call defaults to training=False.
    model, x = run.globals["model"], run.globals["x"]
    np.testing.assert_array_equal(np.asarray(model(x)), x)
    np.testing.assert_array_equal(np.asarray(run.globals["dropout"](x)), x)


@check("02_training_vs_inference.py")
def rate_one_is_accepted_and_drops_everything_in_training(run):
    drop_all, x = run.globals["drop_all"], run.globals["x"]
    assert drop_all.rate == 1.0
    assert not np.any(np.asarray(drop_all(x, training=True)))
    np.testing.assert_array_equal(np.asarray(drop_all(x, training=False)), x)
    assert "rate=1:    all zeros in training: True" in run.stdout


@check("03_conv_and_recurrent.py")
def dropout_after_conv_and_in_lstm(run):
    conv_model, lstm_model = run.globals["conv_model"], run.globals["lstm_model"]
    conv_kinds = [type(layer).__name__ for layer in conv_model.layers]
    assert conv_kinds[:2] == ["Conv2D", "Dropout"]
    lstm = lstm_model.layers[0]
    assert type(lstm).__name__ == "LSTM"
    assert lstm.dropout == 0.2 and lstm.recurrent_dropout == 0.2
    assert type(lstm_model.layers[1]).__name__ == "Dropout"


@check("03_conv_and_recurrent.py")
def recurrent_dropout_drops_the_previous_output_not_the_cell_memory(run):
    # An LSTM cell with recurrent_dropout, given a previous output h and a cell memory c: with
    # h = 0 there is nothing to drop, and training mode changes nothing although c is not 0.
    cell = keras.layers.LSTMCell(4, recurrent_dropout=0.5, seed=1)
    cell.build((None, 3))
    x = np.ones((2, 3), "float32")
    c = np.full((2, 4), 2.0, "float32")

    def step(h, training):
        cell.reset_recurrent_dropout_mask()
        output, (_, new_c) = cell(x, [h, c], training=training)
        return np.asarray(output), np.asarray(new_c)

    zeros, ones = np.zeros((2, 4), "float32"), np.ones((2, 4), "float32")
    for trained, inferred in zip(step(zeros, True), step(zeros, False)):
        np.testing.assert_allclose(trained, inferred, rtol=1e-6)
    # With h = 1, training mode drops some of h, and the output changes.
    assert not np.allclose(step(ones, True)[0], step(ones, False)[0])
    # The layer of the snippet passes its rate to its cell.
    assert run.globals["lstm_model"].layers[0].cell.recurrent_dropout == 0.2


@check("03_conv_and_recurrent.py")
def random_in_training_deterministic_in_inference(run):
    twice = run.globals["twice"]
    for model, data in [
        (run.globals["conv_model"], run.globals["images"]),
        (run.globals["lstm_model"], run.globals["sequences"]),
    ]:
        assert not twice(model, data, True)
        assert twice(model, data, False)
        np.testing.assert_allclose(
            model.predict(data, verbose=0), np.asarray(model(data, training=False)), atol=1e-6
        )


# The exercises: each check asserts what its task tells the reader to observe.


def dropout_rates(model):
    return [layer.rate for layer in model.layers if type(layer).__name__ == "Dropout"]


@check("ex1_two_dropout_layers.py")
def a_second_dropout_after_the_64_units_adds_no_parameters(run):
    model = run.globals["model"]
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Dense", "Dropout", "Dense", "Dropout", "Dense"]
    assert model.layers[2].units == 64
    assert dropout_rates(model) == [0.5, 0.3]
    assert model.count_params() == PARAMS
    assert "dropout rates: [0.5, 0.3]" in run.stdout
    assert "parameters: 109,386" in run.stdout


@check("ex2_training_loss_above_validation.py")
def training_loss_above_validation_loss_in_every_epoch(run):
    g = run.globals
    assert dropout_rates(g["model"]) == [0.5, 0.5]
    loss, val_loss = g["loss"], g["val_loss"]
    assert len(loss) == 10
    assert all(t > v for t, v in zip(loss, val_loss))
    assert g["above"] == 10
    assert "epochs with training loss above validation loss: 10 of 10" in run.stdout


@check("ex2_training_loss_above_validation.py")
def evaluate_on_the_training_data_is_below_both(run):
    g = run.globals
    model, x, y = g["model"], g["x"], g["y"]
    assert g["train_loss"] < min(g["loss"][-1], g["val_loss"][-1])
    assert g["train_loss"] < 0.15  # "about 0.1"
    # The reason: with dropout on, the same final model scores a higher loss on the same data.
    with_dropout = keras.losses.sparse_categorical_crossentropy(y, model(x, training=True))
    assert float(np.mean(with_dropout)) > 1.5 * g["train_loss"]


@check("ex3_rate_is_what_is_dropped.py")
def dropout_0_9_keeps_too_little_to_learn(run):
    g = run.globals
    assert dropout_rates(g["broken"]) == [0.9, 0.9]
    history = g["broken_history"].history
    assert len(history["accuracy"]) == 10
    assert history["accuracy"][-1] < 0.45  # about 0.4; the largest class is 36 % of the data
    assert g["broken_val_accuracy"] < 0.7


@check("ex3_rate_is_what_is_dropped.py")
def dropout_0_1_keeps_90_percent_and_learns(run):
    g = run.globals
    rates = dropout_rates(g["model"])
    assert len(rates) == 2 and all(rate == pytest.approx(0.1) for rate in rates)
    history = g["history"].history
    assert len(history["accuracy"]) == 10
    assert history["accuracy"][-1] > 0.95
    assert g["val_accuracy"] > 0.9
    _, val_accuracy = g["model"].evaluate(g["x_val"], g["y_val"], verbose=0)
    assert val_accuracy == pytest.approx(g["val_accuracy"])


# Every training solution learns clearly (tests/checks/learning.py).
learns_to_classify("ex2_training_loss_above_validation.py", 3, read=from_history(prefix="val_"))
learns_to_classify(
    "ex3_rate_is_what_is_dropped.py",
    3,
    read=lambda g: (g["val_accuracy"], g["history"].history["loss"][-1]),
)
