"""What section 4 claims: Dense, Conv2D and LSTM layers, their shapes, and that they learn."""

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
    # 4 gates * (1 input + 16 recurrent + 1 bias) * 16 units, then 16 + 1
    assert model.count_params() == 4 * (1 + 16 + 1) * 16 + 17
    losses = run.globals["history"].history["loss"]
    assert losses[-1] < losses[0]
    assert run.globals["accuracy"] > 0.8


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("04_train_conv2d.py", 2)
learns_to_classify("05_train_lstm.py", 2)
