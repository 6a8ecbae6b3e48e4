"""What section 2 claims: architecture, parameters, activations, loss and optimizer."""

import keras
import numpy as np

from tests.checks.learning import binary_accuracy, learns_to_classify
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


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify(
    "05_training.py",
    2,
    read=binary_accuracy("x", "y", loss=lambda g: g["history"].history["loss"][-1]),
)
