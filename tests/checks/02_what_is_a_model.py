"""What section 2 claims: architecture, parameters, activations, loss and optimizer."""

import warnings

import keras
import numpy as np
from keras import layers

from tests.checks.learning import binary_accuracy, from_history, learns_to_classify
from verify import check

# hidden: 4*8 weights + 8 biases; output: 8*1 weights + 1 bias
TINY_PARAMS = 4 * 8 + 8 + 8 * 1 + 1


@check("01_architecture.py")
def architecture_is_two_dense_layers(run):
    model = run.globals["model"]
    stack = [(layer.name, layer.units, layer.activation.__name__) for layer in model.layers]
    assert stack == [("hidden", 8, "relu"), ("output", 1, "sigmoid")]
    assert model.output_shape == (None, 1)
    assert f"Total params: {TINY_PARAMS}" in run.stdout


@check("02_parameters.py")
def parameters_are_weights_and_biases(run):
    model = run.globals["model"]
    shapes = [tuple(w.shape) for w in model.weights]
    assert shapes == [(4, 8), (8,), (8, 1), (1,)]
    assert model.count_params() == TINY_PARAMS
    assert all(w.trainable for w in model.weights)
    assert f"parameters: {TINY_PARAMS}" in run.stdout


@check("03_activations.py")
def activations_match_their_formulas(run):
    z = run.globals["z"]
    np.testing.assert_allclose(run.globals["relu"], np.maximum(z, 0))
    np.testing.assert_allclose(run.globals["sigmoid"], 1 / (1 + np.exp(-z)), rtol=1e-5)
    softmax = run.globals["softmax"]
    np.testing.assert_allclose(softmax, np.exp(z) / np.exp(z).sum(), rtol=1e-5)
    assert abs(softmax.sum() - 1) < 1e-5
    # softmax keeps the order of its inputs: the largest z gets the largest probability
    assert np.argmax(softmax) == np.argmax(z)


@check("04_losses.py")
def losses_match_their_formulas(run):
    g = run.globals
    assert abs(g["mse"] - (0.25 + 0.25 + 0) / 3) < 1e-6
    expected_bce = -np.mean(np.log([0.9, 0.8, 0.6]))
    assert abs(g["bce"] - expected_bce) < 1e-5
    assert abs(g["cce"] - -np.mean(np.log([0.8, 0.5]))) < 1e-5


@check("05_training.py")
def training_lowers_the_loss_by_changing_parameters(run):
    losses = run.globals["history"].history["loss"]
    assert len(losses) == 10
    assert losses[-1] < 0.5 * losses[0]
    assert isinstance(run.globals["model"].optimizer, keras.optimizers.Adam)
    before = keras.ops.convert_to_numpy(run.globals["kernel_before"])
    after = keras.ops.convert_to_numpy(keras.ops.copy(run.globals["hidden"].kernel))
    assert np.abs(after - before).mean() > 0.01
    assert float(run.globals["change"]) > 0.01


@check("05_training.py")
def fit_steps_once_per_batch_of_32_by_default(run):
    # 200 samples in batches of 32: 7 steps an epoch (the last batch holds 8), 70 in 10 epochs.
    assert int(run.globals["model"].optimizer.iterations) == 70
    # Without batch_size, fit uses 32 too; and SGD works on the same batches as Adam.
    model = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(), loss="mse")
    model.fit(run.globals["x"], run.globals["y"], epochs=1, verbose=0)
    assert int(model.optimizer.iterations) == 7


@check("02_parameters.py")
def batch_normalization_holds_parameters_the_optimizer_leaves_alone(run):
    # The note: a few layers hold non-trainable parameters, which summary() counts apart.
    model = keras.Sequential([keras.Input(shape=(4,)), layers.BatchNormalization()])
    names = [weight.name for weight in model.layers[0].non_trainable_weights]
    assert names == ["moving_mean", "moving_variance"]
    model.compile(optimizer="adam", loss="mse")
    model.optimizer.build(model.trainable_variables)
    assert len(model.trainable_variables) == 2  # gamma and beta only


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify(
    "05_training.py",
    2,
    read=binary_accuracy("x", "y", loss=lambda g: g["history"].history["loss"][-1]),
)


# Exercises -------------------------------------------------------------------------------------


@check("ex1_three_classes.py")
def three_class_model_has_131_parameters(run):
    model = run.globals["model"]
    stack = [(layer.units, layer.activation.__name__) for layer in model.layers]
    assert stack == [(16, "relu"), (3, "softmax")]
    assert [tuple(w.shape) for w in model.weights] == [(4, 16), (16,), (16, 3), (3,)]
    # 4*16 + 16 = 80 and 16*3 + 3 = 51
    assert model.count_params() == 131
    assert "parameters: 131\n" in run.stdout
    for shape in ["(4, 16)", "(16,)", "(16, 3)", "(3,)"]:
        assert f"shape={shape}\n" in run.stdout


@check("ex2_linear_stack_collapses.py")
def linear_stack_is_one_layer_but_relu_is_not(run):
    g = run.globals
    # Without an activation, the 49 parameters of the stack compute what 5 compute.
    assert g["stack_params"] == 49 and g["single_params"] == 5
    assert "parameters: 49 in the stack, 5 in one layer\n" in run.stdout
    assert g["linear_gap"] < 1e-5
    assert "no activation: largest difference 0.000000\n" in run.stdout
    # With ReLU in between, no single layer computes the same (the combined one is far off).
    assert g["relu_gap"] > 0.1
    # What matched the stack is one Dense(1) on the 4 inputs: a kernel (4, 1) and a bias.
    kernel, bias = g["single"].get_weights()
    assert kernel.shape == (4, 1) and bias.shape == (1,)


@check("ex3_one_softmax_neuron.py")
def sigmoid_output_learns_where_one_softmax_neuron_cannot(run):
    g = run.globals
    output = g["model"].layers[-1]
    # One neuron: softmax over it is always 1; the fix is sigmoid (or softmax over 2 neurons).
    if output.units == 1:
        assert output.activation.__name__ == "sigmoid"
    else:
        assert output.units == 2 and output.activation.__name__ == "softmax"
    assert abs(float(g["y"].mean()) - 0.51) < 0.005
    assert "share of label 1: 0.51\n" in run.stdout
    accuracies = g["history"].history["accuracy"]
    assert len(accuracies) == 10
    # The task: accuracy rises well past 0.51 (what always answering 1 scores), above 0.9.
    assert accuracies[-1] > 0.9
    assert f"epoch 10: loss {g['history'].history['loss'][-1]:.3f}, " in run.stdout
    # The predictions now differ between samples (a softmax over one neuron gives 1 for all).
    predictions = g["model"].predict(g["x"], verbose=0)[:, -1]
    assert predictions.min() < 0.1 and predictions.max() > 0.9


@check("ex3_one_softmax_neuron.py")
def the_bug_warns_during_fit_and_the_accuracy_stays_at_the_share_of_ones(run):
    g = run.globals
    keras.utils.set_random_seed(0)
    buggy = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(8, activation="relu"),
            layers.Dense(1, activation="softmax"),
        ]
    )
    buggy.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        history = buggy.fit(g["x"], g["y"], epochs=10, batch_size=32, verbose=0)
        predictions = buggy.predict(g["x"][:5], verbose=0)
    messages = [str(warning.message) for warning in caught]
    # The task: fit warns (the shape is (None, 1) on TensorFlow, a batch's on JAX) ...
    start = "You are using a softmax over axis -1 of a tensor of shape "
    assert any(message.startswith(start) for message in messages), messages
    shape = {"tensorflow": "(None, 1)", "jax": "(32, 1)"}.get(keras.backend.backend())
    if shape:
        assert any(message.startswith(start + shape) for message in messages), messages
    assert all(issubclass(warning.category, UserWarning) for warning in caught)
    # ... and the accuracy stays at the share of label 1 in every epoch.
    assert [round(a, 2) for a in history.history["accuracy"]] == [0.51] * 10
    np.testing.assert_allclose(predictions, 1.0)


learns_to_classify("ex3_one_softmax_neuron.py", 2, read=from_history())
