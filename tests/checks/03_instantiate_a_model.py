"""What section 3 claims: two ways to build the same 784 -> 64 -> 32 -> 10 network."""

import keras
import numpy as np
from keras import layers

from tests.checks.learning import from_history, learns_to_classify
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


@check("01_sequential.py")
@check("03_functional.py")
def get_layer_finds_a_layer_by_its_name_wherever_it_sits(run):
    # The page: Keras names the layers it was not given a name for (dense, dense_1, ...), and
    # get_layer(name) returns the same layer in both models, at position 0 or 1.
    model = run.globals["model"]
    dense = [layer for layer in model.layers if isinstance(layer, layers.Dense)]
    assert all(layer.name.startswith("dense") for layer in dense)
    for layer in dense:
        assert model.get_layer(layer.name) is layer
    assert model.get_layer(dense[0].name).kernel.shape == (784, 64)


@check("04_functional_two_inputs.py")
def two_inputs_one_softmax_output(run):
    model, probabilities = run.globals["model"], run.globals["probabilities"]
    assert len(model.inputs) == 2
    assert probabilities.shape == (4, 10)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)


# Exercises -------------------------------------------------------------------------------------


@check("ex1_add_a_layer.py")
def added_layer_gives_53018_parameters(run):
    model = run.globals["model"]
    assert isinstance(model, keras.Sequential)
    assert dense_stack(model.layers) == [(64, "relu"), (32, "relu"), (16, "relu"), (10, "softmax")]
    # 784*64+64 + 64*32+32 + 32*16+16 + 16*10+10
    assert model.count_params() == 53_018
    assert "parameters: 53018\n" in run.stdout
    assert run.stdout.startswith("layers: ['dense', 'dense_1', 'dense_2', 'dense_3']\n")


@check("ex2_two_outputs.py")
def one_input_two_outputs(run):
    g = run.globals
    model = g["model"]
    assert isinstance(model, keras.Model) and not isinstance(model, keras.Sequential)
    assert len(model.inputs) == 1 and len(model.outputs) == 2
    assert [layer.activation.__name__ for layer in model.layers[-2:]] == ["softmax", "sigmoid"]
    # Both heads read the same hidden layer.
    shared = model.layers[1]
    assert isinstance(shared, layers.Dense) and shared.units == 64
    assert all(head.input is shared.output for head in model.layers[-2:])
    assert g["digit_probabilities"].shape == (4, 10) and g["odd_probability"].shape == (4, 1)
    np.testing.assert_allclose(g["digit_probabilities"].sum(axis=1), 1.0, atol=1e-5)
    assert ((g["odd_probability"] > 0) & (g["odd_probability"] < 1)).all()
    assert "digit: (4, 10) odd: (4, 1)\n" in run.stdout
    assert "each digit row sums to 1: True\n" in run.stdout
    # 784*64+64 shared, 64*10+10 and 64*1+1 for the heads
    assert model.count_params() == 50_955
    assert "parameters: 50955\n" in run.stdout


@check("ex2_two_outputs.py")
def fit_reports_a_loss_and_an_accuracy_per_output_and_their_sum(run):
    g = run.globals
    logs = g["history"].history
    # The task: one loss and one accuracy per output, named after it, and the total loss.
    assert sorted(logs) == ["digit_accuracy", "digit_loss", "loss", "odd_accuracy", "odd_loss"]
    assert f"history: {sorted(logs)}\n" in run.stdout
    assert all(len(values) == 5 for values in logs.values())
    # The total is the sum of the two losses (1024 samples: 32 equal batches of 32).
    for epoch in range(5):
        total = logs["digit_loss"][epoch] + logs["odd_loss"][epoch]
        np.testing.assert_allclose(logs["loss"][epoch], total, rtol=1e-4)
    # Both accuracies start near chance (0.1 and 0.5) and end above 0.9; both losses fall.
    assert abs(logs["digit_accuracy"][0] - 0.1) < 0.05
    assert abs(logs["odd_accuracy"][0] - 0.5) < 0.05
    assert logs["digit_accuracy"][-1] > 0.9 and logs["odd_accuracy"][-1] > 0.9
    assert logs["digit_loss"][-1] < logs["digit_loss"][0] / 2
    assert logs["odd_loss"][-1] < logs["odd_loss"][0] / 2
    # The labels: "odd" is the parity of the digit.
    np.testing.assert_array_equal(g["is_odd"], g["digits"] % 2)
    assert set(np.unique(g["digits"])) == set(range(10))


# Every training example learns clearly (tests/checks/learning.py): the 10-class output here,
# the yes/no one above (accuracy above 0.9, loss below half its first epoch's).
learns_to_classify("ex2_two_outputs.py", 10, read=from_history(prefix="digit_"))


@check("ex3_layer_by_name.py")
def first_dense_found_by_name_in_both_models(run):
    g = run.globals
    sequential, functional = g["sequential"], g["functional"]
    assert isinstance(sequential, keras.Sequential)
    assert not isinstance(functional, keras.Sequential)
    # Position 0 differs, which is why the colleague's layers[0].kernel failed ...
    assert isinstance(sequential.layers[0], layers.Dense)
    assert isinstance(functional.layers[0], layers.InputLayer)
    # ... while the name finds the first Dense layer in both.
    for model in (sequential, functional):
        first_dense = next(layer for layer in model.layers if isinstance(layer, layers.Dense))
        assert model.get_layer("hidden_1") is first_dense
    # The task: (784, 64) printed for both models.
    assert run.stdout.count("hidden_1 kernel: (784, 64)\n") == 2
    assert "Sequential layers[0]: Dense\n" in run.stdout
    assert "Functional layers[0]: InputLayer\n" in run.stdout
