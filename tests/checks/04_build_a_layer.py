"""What section 4 claims: Dense, Conv2D, LSTM and pooling layers, their shapes, that they learn."""

import numpy as np
import pytest
from keras import layers

from tests.checks.learning import learns_to_classify
from verify import check


@check("01_dense.py")
def dense_has_128_relu_units(run):
    layer = run.globals["dense_layer"]
    assert isinstance(layer, layers.Dense)
    assert layer.units == 128 and layer.activation.__name__ == "relu"
    assert tuple(run.globals["y"].shape) == (4, 128)
    assert tuple(layer.kernel.shape) == (20, 128) and tuple(layer.bias.shape) == (128,)
    # Weights are created on the first call, not by the constructor.
    assert "weights before the first call: 0" in run.stdout


@check("01_dense.py")
def dense_acts_on_the_last_axis(run):
    layer, steps = run.globals["dense_layer"], run.globals["steps"]
    y_steps = np.asarray(run.globals["y_steps"])
    assert steps.shape == (4, 5, 20) and y_steps.shape == (4, 5, 128)
    assert "3-axis input: (4, 5, 20) -> output: (4, 5, 128)" in run.stdout
    # The same kernel at every step: each step's output is the layer applied to that step alone.
    for step in range(5):
        np.testing.assert_allclose(y_steps[:, step], layer(steps[:, step]), rtol=1e-5, atol=1e-6)
    # No new weights for the extra axis.
    assert [tuple(w.shape) for w in layer.weights] == [(20, 128), (128,)]
    # A single sample without a batch axis is refused: Dense needs at least two axes.
    with pytest.raises(ValueError, match="min_ndim=2"):
        layer(steps[0, 0])


@check("02_conv2d.py")
def conv2d_has_32_filters_of_3x3(run):
    layer = run.globals["conv_layer"]
    assert isinstance(layer, layers.Conv2D)
    assert layer.filters == 32 and tuple(layer.kernel_size) == (3, 3)
    assert layer.activation.__name__ == "relu"
    # "valid" padding: 28 - 3 + 1 = 26 positions per side, one map per filter
    assert tuple(run.globals["feature_maps"].shape) == (4, 26, 26, 32)
    assert tuple(layer.kernel.shape) == (3, 3, 1, 32)


@check("03_lstm.py")
def lstm_has_64_units(run):
    layer = run.globals["lstm_layer"]
    assert isinstance(layer, layers.LSTM) and layer.units == 64
    assert tuple(run.globals["last_output"].shape) == (4, 64)
    assert tuple(run.globals["all_outputs"].shape) == (4, 10, 64)
    shapes = [tuple(w.shape) for w in layer.weights]
    # kernel (features, 4 * units), recurrent kernel (units, 4 * units), bias (4 * units,)
    assert shapes == [(3, 256), (64, 256), (256,)]
    # 4 blocks (input, forget and output gates, candidate) * (3 + 64 + 1) * 64, as the page says
    assert layer.count_params() == 4 * (3 + 64 + 1) * 64 == 17_408
    assert "parameters: 17408\n" in run.stdout


@check("03_lstm.py")
def lstm_blocks_are_input_forget_candidate_output(run):
    # Recompute the layer in NumPy with the blocks in the order the page gives.
    layer, sequences = run.globals["lstm_layer"], run.globals["sequences"]
    kernel, recurrent, bias = (np.asarray(w, dtype="float64") for w in layer.weights)
    # unit_forget_bias=True: the forget gate's block (the second) starts with biases of 1.
    np.testing.assert_array_equal(bias, np.repeat([0.0, 1.0, 0.0, 0.0], 64))

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    h = c = np.zeros((4, 64))
    for step in range(sequences.shape[1]):
        z = sequences[:, step] @ kernel + h @ recurrent + bias
        input_gate, forget_gate, candidate, output_gate = np.split(z, 4, axis=1)
        c = sigmoid(forget_gate) * c + sigmoid(input_gate) * np.tanh(candidate)
        h = sigmoid(output_gate) * np.tanh(c)
    np.testing.assert_allclose(np.asarray(run.globals["last_output"]), h, rtol=1e-4, atol=1e-5)


@check("04_train_conv2d.py")
def conv2d_model_learns_the_images(run):
    model = run.globals["model"]
    assert isinstance(model.layers[0], layers.Conv2D)
    assert model.layers[0].output.shape == (None, 6, 6, 8)
    assert run.globals["images"].shape == (200, 8, 8, 1)
    losses = run.globals["history"].history["loss"]
    assert losses[-1] < losses[0]
    # two balanced classes: chance is about 0.5
    assert run.globals["accuracy"] > 0.85


@check("05_train_lstm.py")
def lstm_model_learns_the_sign_of_the_sum(run):
    model = run.globals["model"]
    assert isinstance(model.layers[0], layers.LSTM)
    assert model.layers[0].output.shape == (None, 16)
    assert run.globals["sequences"].shape == (300, 10, 1)
    # 4 blocks (3 gates, candidate) * (1 input + 16 recurrent + 1 bias) * 16 units, then 16 + 1
    assert model.count_params() == 4 * (1 + 16 + 1) * 16 + 17
    losses = run.globals["history"].history["loss"]
    assert losses[-1] < losses[0]
    assert run.globals["accuracy"] > 0.8


@check("06_pooling.py")
def max_pooling_keeps_the_largest_value_of_each_2x2_window(run):
    g = run.globals
    max_pool, image = g["max_pool"], g["image"]
    assert isinstance(max_pool, layers.MaxPooling2D)
    # strides default to the pool size: the windows do not overlap
    assert tuple(max_pool.pool_size) == (2, 2) and tuple(max_pool.strides) == (2, 2)
    assert max_pool.padding == "valid"
    expected = image[0, :, :, 0].reshape(2, 2, 2, 2).max(axis=(1, 3))
    np.testing.assert_array_equal(expected, [[4, 5], [6, 8]])
    np.testing.assert_array_equal(np.asarray(g["pooled"]), expected.reshape(1, 2, 2, 1))
    assert "pooled shape: (1, 2, 2, 1)\n" in run.stdout
    # On 16 channels each channel is pooled alone: height and width halve, channels stay.
    maps = g["feature_maps"]
    pooled_maps = np.asarray(max_pool(maps))
    assert pooled_maps.shape == (2, 4, 4, 16)
    np.testing.assert_array_equal(pooled_maps, maps.reshape(2, 4, 2, 4, 2, 16).max(axis=(2, 4)))
    assert "max pooled: (2, 4, 4, 16)\n" in run.stdout


@check("06_pooling.py")
def global_average_keeps_one_number_per_channel_flatten_keeps_all(run):
    g = run.globals
    maps = g["feature_maps"]
    assert maps.shape == (2, 8, 8, 16)
    # (batch, height, width, channels) -> (batch, channels): the mean over height and width
    averaged = np.asarray(g["averaged"])
    assert averaged.shape == (2, 16)
    np.testing.assert_allclose(averaged, maps.mean(axis=(1, 2)), rtol=1e-5)
    # Flatten keeps every value, in order: 8 * 8 * 16 = 1024 per sample
    flattened = np.asarray(g["flattened"])
    assert flattened.shape == (2, 8 * 8 * 16) == (2, 1024)
    np.testing.assert_array_equal(flattened, maps.reshape(2, -1))
    assert "GlobalAveragePooling2D: (2, 16)\n" in run.stdout
    assert "Flatten:                (2, 1024)\n" in run.stdout
    assert "averages of the channels: True\n" in run.stdout
    # Pooling layers and Flatten have no weights; the Dense layer after each has
    # inputs * 10 weights + 10 biases.
    for layer in (g["max_pool"], layers.GlobalAveragePooling2D(), layers.Flatten()):
        layer(maps)
        assert layer.weights == []
    assert g["dense_after_average"].count_params() == 16 * 10 + 10 == 170
    assert g["dense_after_flatten"].count_params() == 1024 * 10 + 10 == 10_250
    assert "Dense(10) after the averages: 170\n" in run.stdout
    assert "Dense(10) after Flatten:      10250\n" in run.stdout


DIGITS_SHAPES = [(None, 8, 8, 16), (None, 4, 4, 16), (None, 4, 4, 32)]


def digits_data_is_the_real_digits(g):
    images, labels = g["images"], g["labels"]
    assert images.shape == (1797, 8, 8, 1) and images.dtype == np.float32
    assert images.min() == 0 and images.max() == 1  # 0-16 scaled to 0-1
    assert sorted(set(labels.tolist())) == list(range(10))
    assert len(g["x_train"]) == 1347 and len(g["x_test"]) == len(g["y_test"]) == 450


@check("07_digits_conv.py")
def digits_model_shapes_after_each_layer(run):
    model = run.globals["model"]
    digits_data_is_the_real_digits(run.globals)
    kinds = [type(layer) for layer in model.layers]
    assert kinds == [
        layers.Conv2D,
        layers.MaxPooling2D,
        layers.Conv2D,
        layers.GlobalAveragePooling2D,
        layers.Dense,
    ]
    shapes = [tuple(layer.output.shape) for layer in model.layers]
    assert shapes == [*DIGITS_SHAPES, (None, 32), (None, 10)]
    # The Dense layer reads 32 averages: 32 * 10 weights + 10 biases.
    assert model.layers[-1].count_params() == 32 * 10 + 10 == 330
    assert model.count_params() == 5130
    assert "parameters: 5130\n" in run.stdout
    assert "of which in the Dense layer: 330\n" in run.stdout


@check("07_digits_conv.py")
def digits_model_learns_the_digits(run):
    losses = run.globals["history"].history["loss"]
    assert losses[-1] < losses[0]
    # ten classes: chance is about 0.1
    assert run.globals["accuracy"] > 0.8
    # Exercise 4: Flatten does better after the same 10 epochs (above 0.92; this model below).
    assert run.globals["accuracy"] < 0.92


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("04_train_conv2d.py", 2)
learns_to_classify("05_train_lstm.py", 2)
learns_to_classify("07_digits_conv.py", 10)


# Exercises -------------------------------------------------------------------------------------


@check("ex1_rgb_same_padding.py")
def rgb_same_padding_keeps_28x28_and_strides_halve_it(run):
    g = run.globals
    assert g["images"].shape == (4, 28, 28, 3)
    same, strided = g["same"], g["strided"]
    assert same.padding == "same" and tuple(same.strides) == (1, 1)
    assert strided.padding == "same" and tuple(strided.strides) == (2, 2)
    assert tuple(same(g["images"]).shape) == (4, 28, 28, 32)
    assert tuple(strided(g["images"]).shape) == (4, 14, 14, 32)
    assert "padding='same':           (4, 28, 28, 32)\n" in run.stdout
    assert "padding='same', strides=2: (4, 14, 14, 32)\n" in run.stdout
    # Three channels: each 3x3 filter has 3 * 3 * 3 weights, plus one bias.
    for layer in (same, strided):
        assert tuple(layer.kernel.shape) == (3, 3, 3, 32)
        assert layer.count_params() == 3 * 3 * 3 * 32 + 32 == 896
    assert "kernel shape: (3, 3, 3, 32)\n" in run.stdout
    assert "parameters: 896\n" in run.stdout


@check("ex2_gru.py")
def gru_is_lighter_than_lstm_and_learns(run):
    model = run.globals["model"]
    gru = model.layers[0]
    assert isinstance(gru, layers.GRU) and gru.units == 16
    # 3 blocks (reset_after=True: two biases per unit and block) * (1 + 16 + 2) * 16
    assert [tuple(w.shape) for w in gru.weights] == [(1, 48), (16, 48), (2, 48)]
    assert gru.count_params() == 3 * (1 + 16 + 2) * 16 == 912
    assert model.count_params() == 929 < 4 * (1 + 16 + 1) * 16 + 17
    assert "GRU layer parameters: 912\n" in run.stdout
    assert "model parameters: 929\n" in run.stdout
    # The task: above 0.8 on the unseen sequences, as the LSTM model.
    assert run.globals["accuracy"] > 0.8


@check("ex3_stack_two_lstms.py")
def stacked_lstms_pass_every_step_on(run):
    model = run.globals["model"]
    first, second = model.layers[0], model.layers[1]
    assert isinstance(first, layers.LSTM) and isinstance(second, layers.LSTM)
    assert first.return_sequences and not second.return_sequences
    assert first.output.shape == (None, 10, 16) and second.output.shape == (None, 16)
    assert "lstm   output shape: (None, 10, 16)\n" in run.stdout
    assert "lstm_1 output shape: (None, 16)\n" in run.stdout
    # The task: the deeper model still learns, above 0.8 on unseen sequences.
    assert run.globals["accuracy"] > 0.8


learns_to_classify("ex2_gru.py", 2)
learns_to_classify("ex3_stack_two_lstms.py", 2)


@check("ex4_flatten_digits.py")
def flatten_keeps_positions_with_more_weights(run):
    model = run.globals["model"]
    digits_data_is_the_real_digits(run.globals)
    assert isinstance(model.layers[3], layers.Flatten)
    shapes = [tuple(layer.output.shape) for layer in model.layers]
    assert shapes == [*DIGITS_SHAPES, (None, 4 * 4 * 32), (None, 10)]
    # 512 inputs instead of 32 averages: 512 * 10 + 10 = 5130 in the Dense layer, not 330
    assert model.layers[-1].count_params() == 512 * 10 + 10 == 5130
    assert model.count_params() == 5130 - 330 + 5130 == 9930
    assert "parameters: 9930\n" in run.stdout
    assert "of which in the Dense layer: 5130\n" in run.stdout
    # The task: higher than the 07_digits_conv.py model (below 0.92) after the same 10 epochs.
    assert run.globals["accuracy"] > 0.92


learns_to_classify("ex4_flatten_digits.py", 10)
