"""What section 15 claims: get/set_weights give and take NumPy arrays; layer.output is symbolic;
a model ending at a layer returns that layer's real activations."""

import keras
import numpy as np
import pytest
from keras import layers

from tests.checks.learning import from_history, learns_to_classify
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


# Exercises: the solutions do what each task asks, with the observable result it names.


@check("ex1_count_weights.py")
def eight_units_give_41_parameters(run):
    g = run.globals
    model = g["model"]
    assert [w.shape for w in g["all_weights"]] == [(3, 8), (8,), (8, 1), (1,)]
    assert model.layers[0].units == 8
    # 3*8 + 8 + 8*1 + 1: the values of get_weights() are exactly the model's parameters.
    assert g["total"] == model.count_params() == 41
    assert run.stdout.splitlines() == [
        "shapes: [(3, 8), (8,), (8, 1), (1,)]",
        "values in get_weights(): 41",
        "model.count_params():    41",
    ]


@check("ex2_copy_weights.py")
def set_weights_copies_a_model_into_another(run):
    g = run.globals
    model, copy, x = g["model"], g["copy"], g["x"]
    assert copy is not model
    assert [w.shape for w in copy.get_weights()] == [w.shape for w in model.get_weights()]
    # Before: other initial weights, other predictions; after: the same predictions.
    assert not np.allclose(g["before"], g["after"], atol=1e-3)
    kernel, bias = g["kernel"], g["bias"]
    original = [kernel, bias, *model.get_weights()[2:]]
    for copied, weights in zip(copy.get_weights(), original, strict=True):
        np.testing.assert_array_equal(copied, weights)
    # The copy is independent: the original's doubled kernel did not reach it.
    np.testing.assert_allclose(model.layers[0].get_weights()[0], 2.0 * kernel)
    np.testing.assert_allclose(copy.predict(x, verbose=0), g["after"], atol=1e-6)
    assert run.stdout.splitlines() == [
        "same predictions before: False",
        "same predictions after:  True",
        "copy unchanged by the original: True",
    ]


@check("ex3_dead_hidden_layer.py")
def a_bias_of_minus_5_leaves_every_hidden_output_at_0(run):
    g = run.globals
    broken, history = g["broken"], g["broken_history"].history
    # The diagnosis, read with an intermediate model: the hidden layer outputs only zeros...
    assert g["broken_zeros"] == 1.0
    # ...so its weights get no gradient: the bias is still -5 after training...
    _, hidden_bias = broken.get_layer("hidden").get_weights()
    np.testing.assert_array_equal(hidden_bias, np.full(16, -5.0))
    # ...and the loss stays at about ln 3, the accuracy near chance.
    assert abs(history["loss"][0] - history["loss"][-1]) < 0.01
    assert history["loss"][-1] > 1.05
    assert history["accuracy"][-1] < 0.45
    assert "hidden bias still -5 after training: True" in run.stdout
    assert "bias -5: loss 1.09" in run.stdout and "hidden outputs at 0: 100%" in run.stdout


@check("ex3_dead_hidden_layer.py")
def with_a_zero_bias_the_hidden_layer_works_and_the_model_learns(run):
    g = run.globals
    model, history = g["model"], g["history"].history
    hidden = model.get_layer("hidden")
    # The observable result: far fewer zeros, and accuracy above 0.9.
    assert g["zeros"] < 0.7
    hidden_outputs = keras.Model(model.inputs, hidden.output).predict(g["x"], verbose=0)
    assert np.mean(hidden_outputs == 0.0) == pytest.approx(g["zeros"])
    assert history["accuracy"][-1] > 0.9
    # The fix: the default zero bias.
    assert hidden.get_config()["bias_initializer"]["class_name"] == "Zeros"


learns_to_classify("ex3_dead_hidden_layer.py", 3, read=from_history())
