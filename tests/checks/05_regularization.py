"""What section 5 claims: a regularizer adds a penalty to the loss, computed from the weights."""

import numpy as np

from tests.checks.learning import learns_to_regress
from verify import check


def value(x):
    return float(np.asarray(x))


@check("01_l1.py")
def l1_adds_one_loss_equal_to_the_formula(run):
    model, layer = run.globals["model"], run.globals["dense_layer"]
    assert layer.units == 128 and layer.activation.__name__ == "relu"
    assert len(model.losses) == 1
    expected = 0.01 * np.abs(np.asarray(layer.kernel)).sum()
    np.testing.assert_allclose(value(model.losses[0]), expected, rtol=1e-5)


@check("02_l1_l2.py")
def l1_l2_penalty_is_the_sum_of_both(run):
    model, layer = run.globals["model"], run.globals["dense_layer"]
    assert len(model.losses) == 1
    kernel = np.asarray(layer.kernel)
    expected = 0.01 * np.abs(kernel).sum() + 0.01 * np.square(kernel).sum()
    np.testing.assert_allclose(value(model.losses[0]), expected, rtol=1e-5)


@check("03_conv_and_lstm.py")
def conv_and_lstm_layers_add_their_penalties(run):
    conv_model, lstm_model = run.globals["conv_model"], run.globals["lstm_model"]
    conv, lstm = conv_model.layers[0], lstm_model.layers[0]
    assert type(conv).__name__ == "Conv2D" and type(lstm).__name__ == "LSTM"
    assert len(conv_model.losses) == 1  # the Conv2D kernel
    assert len(lstm_model.losses) == 2  # the LSTM kernel and recurrent kernel
    expected = 1e-4 * np.square(np.asarray(conv.kernel)).sum()
    np.testing.assert_allclose(value(conv_model.losses[0]), expected, rtol=1e-5)


@check("04_bias_and_activity.py")
def bias_and_activity_penalties(run):
    g = run.globals
    layer, model, x, outputs = g["layer"], g["model"], g["x"], g["outputs"]
    losses = sorted(value(loss) for loss in model.losses)
    expected = sorted(
        [
            0.01 * np.abs(np.asarray(layer.kernel)).sum(),
            0.1 * np.square(np.asarray(layer.bias)).sum(),
            0.01 * np.abs(outputs).sum() / len(x),
        ]
    )
    np.testing.assert_allclose(losses, expected, rtol=1e-5)
    # The bias penalty does not depend on random weights: 0.1 * (4 biases of 1.0) squared.
    assert any(abs(loss - 0.4) < 1e-6 for loss in losses)
    assert "before any data: 2 penalties" in run.stdout
    assert "after one call:  3 penalties" in run.stdout


@check("05_penalty_in_training.py")
def fit_minimizes_loss_plus_penalty_and_l1_shrinks_weights(run):
    g = run.globals
    l1_model, plain, x, y = g["l1_model"], g["plain"], g["x"], g["y"]
    mse = np.mean((l1_model.predict(x, verbose=0) - y) ** 2)
    penalty = value(l1_model.losses[0])
    assert penalty > 0
    np.testing.assert_allclose(l1_model.evaluate(x, y, verbose=0), mse + penalty, rtol=1e-4)

    def useless(model):
        return np.abs(np.asarray(model.layers[0].kernel).ravel()[2:]).sum()

    assert useless(l1_model) < 0.7 * useless(plain)


# Every training example learns clearly (tests/checks/learning.py).
learns_to_regress("05_penalty_in_training.py", read=lambda g: (g["mse"], g["y"]))
