"""What section 3 claims: two ways to build the same 784 -> 64 -> 32 -> 10 network."""

import keras
import numpy as np
from keras import layers

from verify import check

# 784*64+64 + 64*32+32 + 32*10+10
DENSE_784_64_32_10_PARAMS = 52_650


def dense_stack(layers):
    return [(layer.units, layer.activation.__name__) for layer in layers]


@check("01_sequential.py")
def sequential_is_three_dense_layers(run):
    model = run.globals["model"]
    assert isinstance(model, keras.Sequential)
    assert dense_stack(model.layers) == [(64, "relu"), (32, "relu"), (10, "softmax")]
    assert model.count_params() == DENSE_784_64_32_10_PARAMS


@check("01_sequential.py")
def summary_is_printed(run):
    assert "Total params: 52,650" in run.stdout
    # A Sequential summary has no InputLayer row.
    assert "InputLayer" not in run.stdout.split("model.layers[0]")[0]


@check("01_sequential.py")
def sequential_layers_start_with_the_first_dense(run):
    model = run.globals["model"]
    assert isinstance(model.layers[0], layers.Dense) and model.layers[0].units == 64
    assert not any(isinstance(layer, layers.InputLayer) for layer in model.layers)
    # It still has its input (the InputLayer exists, but model.layers leaves it out).
    assert tuple(model.inputs[0].shape) == (None, 784)
    assert "model.layers[0]: Dense\n" in run.stdout


@check("02_sequential_add.py")
def add_builds_the_same_model(run):
    model = run.globals["model"]
    assert dense_stack(model.layers) == [(64, "relu"), (32, "relu"), (10, "softmax")]
    assert f"parameters: {DENSE_784_64_32_10_PARAMS}" in run.stdout


@check("03_functional.py")
def functional_matches_sequential(run):
    model = run.globals["model"]
    assert isinstance(model, keras.Model) and not isinstance(model, keras.Sequential)
    # Functional models list their Input layer first.
    assert dense_stack(model.layers[1:]) == [(64, "relu"), (32, "relu"), (10, "softmax")]
    assert model.count_params() == DENSE_784_64_32_10_PARAMS


@check("03_functional.py")
def functional_layers_start_with_the_input_layer(run):
    model = run.globals["model"]
    first = model.layers[0]
    assert isinstance(first, layers.InputLayer) and first.count_params() == 0
    assert first.output is run.globals["inputs"]
    assert isinstance(model.layers[1], layers.Dense) and model.layers[1].units == 64
    assert len(model.layers) == 4
    # The summary shows the InputLayer as its first row, with 0 parameters.
    rows = [line for line in run.stdout.splitlines() if line.startswith("│")]
    assert "(InputLayer)" in rows[0] and rows[0].rstrip("│ ").endswith("0")
    assert "model.layers[0]: InputLayer\n" in run.stdout
    assert "model.layers[1]: Dense\n" in run.stdout


@check("04_functional_two_inputs.py")
def two_inputs_one_softmax_output(run):
    model, probabilities = run.globals["model"], run.globals["probabilities"]
    assert len(model.inputs) == 2
    assert probabilities.shape == (4, 10)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)
