"""What section 5 claims: a regularizer adds a penalty to the loss, computed from the weights."""

import numpy as np
import pytest

from tests.checks.learning import learns_to_regress
from verify import check


def value(x):
    return float(np.asarray(x))


@check("01_l1.py")
def l1_adds_one_loss_equal_to_the_formula(run):
    model, layer = run.globals["model"], run.globals["dense_layer"]
    assert layer.units == 128 and layer.activation.__name__ == "relu"
    # The one penalty is the kernel's, owned by the layer and gathered by the model.
    assert len(layer.losses) == 1 and len(model.losses) == 1
    assert layer.kernel.regularizer is layer.kernel_regularizer and layer.bias.regularizer is None
    expected = 0.01 * np.abs(np.asarray(layer.kernel)).sum()
    np.testing.assert_allclose(value(run.globals["kernel_penalty"]), expected, rtol=1e-5)
    np.testing.assert_allclose(value(model.losses[0]), expected, rtol=1e-5)
    assert "penalties in dense_layer.losses: 1\n" in run.stdout
    assert "penalties in model.losses:       1\n" in run.stdout


@check("02_l1_l2.py")
def l1_l2_penalty_is_the_sum_of_both(run):
    model, layer = run.globals["model"], run.globals["dense_layer"]
    assert len(layer.losses) == 1 and len(model.losses) == 1
    kernel = np.asarray(layer.kernel)
    expected = 0.01 * np.abs(kernel).sum() + 0.01 * np.square(kernel).sum()
    np.testing.assert_allclose(value(run.globals["kernel_penalty"]), expected, rtol=1e-5)


@check("03_conv_and_lstm.py")
def conv_and_lstm_layers_add_their_penalties(run):
    conv_model, lstm_model = run.globals["conv_model"], run.globals["lstm_model"]
    conv, lstm = conv_model.layers[0], lstm_model.layers[0]
    assert type(conv).__name__ == "Conv2D" and type(lstm).__name__ == "LSTM"
    assert len(conv_model.losses) == 1  # the Conv2D kernel
    assert len(lstm_model.losses) == 2  # the LSTM kernel and recurrent kernel
    [conv_penalty] = conv.losses
    expected = 1e-4 * np.square(np.asarray(conv.kernel)).sum()
    np.testing.assert_allclose(value(conv_penalty), expected, rtol=1e-5)
    # The LSTM's two penalties, in the order of its weights: kernel, then recurrent kernel.
    kernel_penalty, recurrent_penalty = lstm.losses
    cell = lstm.cell
    np.testing.assert_allclose(
        value(kernel_penalty), 1e-4 * np.square(np.asarray(cell.kernel)).sum(), rtol=1e-5
    )
    np.testing.assert_allclose(
        value(recurrent_penalty),
        1e-4 * np.square(np.asarray(cell.recurrent_kernel)).sum(),
        rtol=1e-5,
    )


@check("03_conv_and_lstm.py")
def the_recurrent_kernel_multiplies_the_previous_output(run):
    # Its rows match the layer's 64 outputs (h), its columns the 4 gates: (64, 4 * 64); the
    # kernel's rows match the 8 input features. The cell memory c has no matrix of its own.
    cell = run.globals["lstm_model"].layers[0].cell
    assert tuple(cell.recurrent_kernel.shape) == (64, 4 * 64)
    assert tuple(cell.kernel.shape) == (8, 4 * 64)
    assert [weight.name for weight in cell.weights] == ["kernel", "recurrent_kernel", "bias"]


@check("04_bias_and_activity.py")
def bias_and_activity_penalties(run):
    g = run.globals
    layer, model, x, outputs = g["layer"], g["model"], g["x"], g["outputs"]
    # The order the page gives: the activity penalty first, then kernel, then bias.
    expected = [
        0.01 * np.abs(outputs).sum() / len(x),
        0.01 * np.abs(np.asarray(layer.kernel)).sum(),
        0.1 * np.square(np.asarray(layer.bias)).sum(),
    ]
    names = ["activity_penalty", "kernel_penalty", "bias_penalty"]
    np.testing.assert_allclose([value(g[name]) for name in names], expected, rtol=1e-5)
    np.testing.assert_allclose([value(loss) for loss in layer.losses], expected, rtol=1e-5)
    # The model lists the same penalties in the same order (it has only this layer).
    np.testing.assert_allclose([value(loss) for loss in model.losses], expected, rtol=1e-5)
    assert [weight.name for weight in layer.trainable_weights] == ["kernel", "bias"]
    # The bias penalty does not depend on random weights: 0.1 * (4 biases of 1.0) squared.
    assert abs(value(g["bias_penalty"]) - 0.4) < 1e-6
    assert "bias:     0.4000  0.1 * sum(bias**2) = 0.4000" in run.stdout
    assert "before any data: 2 penalties" in run.stdout
    assert "after one call:  3 penalties" in run.stdout


@check("04_bias_and_activity.py")
def before_any_data_the_first_penalty_is_the_kernels(run):
    # Without the activity penalty, position 0 of the list holds the kernel penalty: the
    # reason the page reads the penalties by name rather than by position.
    layer = run.globals["layer"]
    fresh = type(layer).from_config(layer.get_config())
    fresh.build((None, 3))
    fresh.set_weights(layer.get_weights())
    kernel_penalty, bias_penalty = fresh.losses
    np.testing.assert_allclose(value(kernel_penalty), value(run.globals["kernel_penalty"]))
    np.testing.assert_allclose(value(bias_penalty), 0.4, rtol=1e-6)


@check("05_penalty_in_training.py")
def fit_minimizes_loss_plus_penalty_and_l1_shrinks_weights(run):
    g = run.globals
    l1_model, plain, x, y = g["l1_model"], g["plain"], g["x"], g["y"]
    mse = np.mean((l1_model.predict(x, verbose=0) - y) ** 2)
    assert len(l1_model.losses) == 1 and len(plain.losses) == 0
    penalty = value(l1_model.layers[0].losses[0])
    assert penalty > 0
    np.testing.assert_allclose(g["penalty"], penalty, rtol=1e-6)
    np.testing.assert_allclose(l1_model.evaluate(x, y, verbose=0), mse + penalty, rtol=1e-4)

    def useless(model):
        return np.abs(np.asarray(model.layers[0].kernel).ravel()[2:]).sum()

    assert useless(l1_model) < 0.7 * useless(plain)


# Every training example learns clearly (tests/checks/learning.py).
learns_to_regress("05_penalty_in_training.py", read=lambda g: (g["mse"], g["y"]))


# The exercises: each check asserts what its task tells the reader to observe.


@check("ex1_two_penalized_layers.py")
def each_layer_has_its_penalty_and_the_model_gathers_both(run):
    g = run.globals
    model, dense_layer, output_layer = g["model"], g["dense_layer"], g["output_layer"]
    assert model.layers == [dense_layer, output_layer]
    assert output_layer.units == 10 and output_layer.activation.__name__ == "softmax"
    assert len(dense_layer.losses) == 1 and len(output_layer.losses) == 1
    assert len(model.losses) == 2
    # The string "l2" means L2(0.01): the new penalty is 0.01 * sum(kernel**2).
    assert type(output_layer.kernel_regularizer).__name__ == "L2"
    kernel = np.asarray(output_layer.kernel)
    expected = 0.01 * np.square(kernel).sum()
    np.testing.assert_allclose(value(g["output_penalty"]), expected, rtol=1e-5)
    np.testing.assert_allclose(value(model.losses[1]), expected, rtol=1e-5)
    assert 0.15 < expected < 0.25  # "about 0.19"
    assert "penalties in model.losses:        2\n" in run.stdout


@check("ex2_l1_or_l2.py")
def l1_keeps_the_useful_weights_and_l2_shrinks_them(run):
    models, kernels = run.globals["models"], run.globals["kernels"]
    regularizers = {name: model.layers[0].kernel_regularizer for name, model in models.items()}
    assert regularizers["no regularizer"] is None
    assert type(regularizers["L1(0.2)"]).__name__ == "L1"
    assert type(regularizers["L2(0.2)"]).__name__ == "L2"
    assert float(regularizers["L1(0.2)"].l1) == pytest.approx(0.2)
    assert float(regularizers["L2(0.2)"].l2) == pytest.approx(0.2)
    plain, l1, l2 = kernels["no regularizer"], kernels["L1(0.2)"], kernels["L2(0.2)"]
    for name, kernel in kernels.items():
        np.testing.assert_array_equal(kernel, np.asarray(models[name].layers[0].kernel).ravel())

    def useless(kernel):
        return np.abs(kernel[2:]).sum()

    # L1: the useful weights stay close, the useless sum roughly halves.
    np.testing.assert_allclose(l1[:2], plain[:2], atol=0.2)
    assert useless(l1) < 0.55 * useless(plain)
    # L2: the useful weights shrink by about a fifth, the useless ones do not.
    ratio = np.abs(l2[:2]) / np.abs(plain[:2])
    assert np.all((0.7 < ratio) & (ratio < 0.87)), ratio


@check("ex2_l1_or_l2.py")
def l2_shrinks_the_squared_norm_while_the_useless_weights_grow(run):
    g = run.globals
    plain, l2 = g["kernels"]["no regularizer"], g["kernels"]["L2(0.2)"]

    def useless(kernel):
        return np.abs(kernel[2:]).sum()

    def squares(kernel):
        return np.square(kernel).sum()

    # The task: the sum of squares falls from about 11 to about 7.7 ...
    assert 10 < squares(plain) < 12 and 7 < squares(l2) < 8.5
    assert squares(l2) < 0.8 * squares(plain)
    # ... while the useless sum grows, from about 2.7 to about 3.3.
    assert 2.4 < useless(plain) < 3.0 and 3.0 < useless(l2) < 3.6
    assert useless(l2) > useless(plain)
    for name, kernel in g["kernels"].items():
        assert f"{name:>14}: " in run.stdout
        assert f"sum(w**2) = {squares(kernel):.2f}\n" in run.stdout
    # No accident of 5 epochs of SGD: the exact minimum of mse + 0.2 * sum(w**2) (ridge
    # regression, the bias unpenalized) behaves the same on these data.
    x, y = g["x"].astype("float64"), g["y"].astype("float64").ravel()
    design = np.hstack([x, np.ones((len(x), 1))])

    def minimum(strength):
        penalty = strength * np.eye(21)
        penalty[20, 20] = 0.0  # no penalty on the bias
        gram = design.T @ design / len(x) + penalty
        return np.linalg.solve(gram, design.T @ y / len(x))[:20]

    exact_plain, exact_l2 = minimum(0.0), minimum(0.2)
    assert squares(exact_l2) < 0.6 * squares(exact_plain)
    assert useless(exact_l2) > 1.3 * useless(exact_plain)


@check("ex3_fix_overfitting.py")
def the_unregularized_model_fits_the_noise(run):
    g = run.globals
    plain, history = g["plain"], g["plain_history"].history
    assert plain.layers[0].kernel_regularizer is None
    assert plain.input_shape == (None, 60) and len(g["x"]) == 40 and len(g["x_val"]) == 200
    assert len(history["mse"]) == 20
    assert history["mse"][-1] < 0.1  # far below the noise's variance, 1
    assert g["plain_val_mse"] > 7


@check("ex3_fix_overfitting.py")
def the_regularized_model_no_longer_fits_the_noise(run):
    g = run.globals
    model, history = g["model"], g["history"].history
    assert model.layers[0].kernel_regularizer is not None
    assert len(history["mse"]) == 20
    assert g["val_mse"] < 2
    assert 0.5 < history["mse"][-1] < 1.5
    # The reported validation MSE is the error of the final model alone, without the penalty.
    mse = np.mean((model.predict(g["x_val"], verbose=0) - g["y_val"]) ** 2)
    np.testing.assert_allclose(g["val_mse"], mse, rtol=1e-4)


learns_to_regress("ex3_fix_overfitting.py", read=lambda g: (g["val_mse"], g["y_val"]))
