"""What section 15 claims: get/set_weights give and take NumPy arrays; layer.output is symbolic;
a model ending at a layer returns that layer's real activations."""

import keras
import numpy as np
import pytest
from keras import layers

from verify import check


def relu_dense(x, kernel, bias):
    return np.maximum(x @ kernel + bias, 0.0)


@check("01_get_set_weights.py")
def dense_weights_are_kernel_and_bias(run):
    g = run.globals
    assert len(g["weights"]) == 2
    assert all(isinstance(w, np.ndarray) for w in g["weights"])
    assert g["kernel"].shape == (3, 4)  # (inputs, units)
    assert g["bias"].shape == (4,)  # (units,)
    assert [w.shape for w in g["all_weights"]] == [(3, 4), (4,), (4, 1), (1,)]


@check("01_get_set_weights.py")
def setting_modified_weights_changes_predictions(run):
    g = run.globals
    assert not np.allclose(g["after"], g["before"])
    # A zero kernel and zero bias silence the hidden layer: output = last layer's bias.
    last_bias = g["all_weights"][3]
    np.testing.assert_allclose(g["after"], np.broadcast_to(last_bias, (5, 1)), atol=1e-6)
    np.testing.assert_allclose(g["restored"], g["before"], atol=1e-6)


@check("01_get_set_weights.py")
def get_weights_returns_copies(run):
    layer = run.globals["model"].layers[0]
    kernel = layer.get_weights()[0]
    kernel[:] = 123.0
    assert not np.any(layer.get_weights()[0] == 123.0)


@check("01_get_set_weights.py")
def set_weights_rejects_wrong_shapes(run):
    layer = run.globals["model"].layers[0]
    with pytest.raises(ValueError):
        layer.set_weights([np.zeros((4, 3)), np.zeros(4)])


@check("02_layer_output.py")
def layer_output_is_symbolic(run):
    output = run.globals["output"]
    assert isinstance(output, keras.KerasTensor)
    assert tuple(output.shape) == (None, 4)
    assert "KerasTensor shape=(None, 4)" in run.stdout


@check("02_layer_output.py")
def without_input_a_layer_has_no_output(run):
    model = keras.Sequential([layers.Dense(4)])
    with pytest.raises(AttributeError, match="never been called"):
        _ = model.layers[0].output


@check("03_intermediate_model.py")
def intermediate_output_is_the_first_layer_activation(run):
    g = run.globals
    kernel, bias = g["model"].layers[0].get_weights()
    expected = relu_dense(g["x_test"], kernel, bias)
    assert isinstance(g["intermediate_output"], np.ndarray)
    assert g["intermediate_output"].shape == (5, 4)
    np.testing.assert_allclose(g["intermediate_output"], expected, atol=1e-5)
    assert "equals relu(x @ kernel + bias): True" in run.stdout


@check("03_intermediate_model.py")
def intermediate_model_shares_the_layer(run):
    g = run.globals
    model, intermediate_model = g["model"], g["intermediate_model"]
    assert intermediate_model.layers[-1] is model.layers[0]
    # New weights in the original model show up in the intermediate model at once.
    kernel, bias = model.layers[0].get_weights()
    model.layers[0].set_weights([kernel, bias + 10.0])
    new_output = intermediate_model.predict(g["x_test"], verbose=0)
    np.testing.assert_allclose(new_output, relu_dense(g["x_test"], kernel, bias + 10.0), atol=1e-5)


@check("04_all_layer_outputs.py")
def extractor_returns_each_named_layer_output(run):
    g = run.globals
    model, features, x = g["model"], g["features"], g["x"]
    assert isinstance(model.layers[0], keras.layers.InputLayer)
    kernel, bias = model.get_layer("hidden").get_weights()
    hidden = relu_dense(x, kernel, bias)
    np.testing.assert_allclose(features["hidden"], hidden, atol=1e-5)
    np.testing.assert_allclose(features["prediction"], model.predict(x, verbose=0), atol=1e-5)


@check("03_intermediate_model.py")
def sequential_has_inputs_but_no_input(run):
    # The page says to use model.inputs: model.input fails on a Sequential model in Keras 3.
    model = run.globals["model"]
    assert len(model.inputs) == 1
    with pytest.raises(AttributeError):
        _ = model.input


@check("05_models_without_inputs.py")
def only_models_built_from_keras_input_have_inputs(run):
    g = run.globals
    for name in ("sequential", "functional"):
        assert [tuple(t.shape) for t in g[name].inputs] == [(None, 3)]
    # An unbuilt Sequential model raises; a subclassed model has no such attribute at all.
    with pytest.raises(AttributeError, match="has no defined inputs yet"):
        _ = g["unbuilt"].inputs
    assert isinstance(g["subclassed"], keras.Model)
    assert g["subclassed"].built
    assert not hasattr(g["subclassed"], "inputs")
    assert run.stdout.splitlines() == [
        "Sequential with keras.Input:    [(None, 3)]",
        "Functional:                     [(None, 3)]",
        "Sequential without keras.Input: AttributeError: "
        "Sequential model 'unbuilt' has no defined inputs yet.",
        "subclassed, called on data:     AttributeError: "
        "'TwoLayers' object has no attribute 'inputs'",
    ]


@check("05_models_without_inputs.py")
def a_sequential_model_has_inputs_once_built(run):
    # Calling the model on data builds it; from then on it has inputs. (A new model, so that
    # the snippet's own stays unbuilt for the other checks.)
    model = keras.Sequential([layers.Dense(4), layers.Dense(1)])
    with pytest.raises(AttributeError):
        _ = model.inputs
    model(np.zeros((2, 3), dtype="float32"))
    assert len(model.inputs) == 1
