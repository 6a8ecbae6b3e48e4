"""What section 1 claims: Keras 3 runs on a backend, and defines, trains and evaluates models."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import keras
import numpy as np
import pytest

from tests.checks.learning import binary_accuracy, learns_to_classify
from verify import check


@check("01_backend.py")
def prints_the_backend_in_use(run):
    backend = keras.backend.backend()
    # Keras 3 trains on JAX, TensorFlow or PyTorch; the tests choose it with KERAS_BACKEND.
    assert backend in {"jax", "tensorflow", "torch"}
    assert backend == os.environ.get("KERAS_BACKEND", "tensorflow")
    assert f"backend: {backend}\n" in run.stdout
    assert f"Keras version: {keras.__version__}" in run.stdout
    assert keras.__version__.startswith("3.")


# The page: the NumPy and OpenVINO backends can predict and evaluate, but their fit raises.
NUMPY_BACKEND_TRIES_TO_TRAIN = """
import keras, numpy as np
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
x, y = np.ones((8, 4)), np.ones((8, 1))
print(keras.backend.backend(), model.predict(x, verbose=0).shape, model.evaluate(x, y, verbose=0))
try:
    model.fit(x, y, verbose=0)
except NotImplementedError as error:
    print("fit:", error)
"""


@check("01_backend.py")
def numpy_and_openvino_backends_cannot_train(run):
    env = {**os.environ, "KERAS_BACKEND": "numpy"}
    done = subprocess.run(
        [sys.executable, "-c", NUMPY_BACKEND_TRIES_TO_TRAIN],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # The last line of the error: on the Compatibility page, what breaks on another release.
    assert done.returncode == 0, (done.stderr.strip().splitlines() or ["no output"])[-1]
    assert done.stdout.startswith("numpy (8, 1) ")
    assert "fit: fit not implemented for NumPy backend." in done.stdout
    # OpenVINO is not installed here: read its trainer (keras/src/backend/openvino/trainer.py).
    openvino = Path(keras.__file__).parent / "src" / "backend" / "openvino" / "trainer.py"
    source = openvino.read_text(encoding="utf-8")
    assert "`fit` is not supported with openvino backend" in source
    assert "def predict(" in source and "def evaluate(" in source


@check("02_define_train_evaluate.py")
def model_is_built_from_layers_and_learns(run):
    model = run.globals["model"]
    assert [type(layer).__name__ for layer in model.layers] == ["Dense", "Dense"]
    # Chance level on these labels is about 0.5; a trained model must do much better.
    assert run.globals["accuracy"] > 0.85
    assert "test accuracy:" in run.stdout


@check("02_define_train_evaluate.py")
def evaluate_returns_a_list_a_float_or_a_dict(run):
    g = run.globals
    model, x, y = g["model"], g["x"][200:], g["y"][200:]
    # The page: the loss, then each metric of compile(), as a list ...
    results = model.evaluate(x, y, verbose=0)
    assert isinstance(results, list) and len(results) == 2
    assert results == pytest.approx([g["loss"], g["accuracy"]])
    # ... a dict with return_dict=True ...
    named = model.evaluate(x, y, verbose=0, return_dict=True)
    assert list(named) == ["accuracy", "loss"]
    assert named == pytest.approx({"accuracy": g["accuracy"], "loss": g["loss"]})
    assert f"test loss: {named['loss']:.3f}\n" in run.stdout
    # ... and the loss alone, a float, for a model compiled without metrics.
    bare = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    bare.compile(optimizer="sgd", loss="mse")
    assert isinstance(bare.evaluate(x, y, verbose=0), float)


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("02_define_train_evaluate.py", 2, read=lambda g: (g["accuracy"], g["loss"]))


# Exercises -------------------------------------------------------------------------------------


@check("ex1_deeper_model.py")
def deeper_model_has_225_parameters_and_still_learns(run):
    model = run.globals["model"]
    stack = [(layer.units, layer.activation.__name__) for layer in model.layers]
    assert stack == [(16, "relu"), (8, "relu"), (1, "sigmoid")]
    # 4*16+16 + 16*8+8 + 8*1+1, as the task asks the reader to work out
    assert model.count_params() == 225
    assert "parameters: 225\n" in run.stdout
    # The task: the test accuracy stays above 0.9 with the extra layer.
    assert run.globals["accuracy"] > 0.9
    assert f"test accuracy: {run.globals['accuracy']:.2f}\n" in run.stdout


learns_to_classify("ex1_deeper_model.py", 2, read=lambda g: (g["accuracy"], g["loss"]))


@check("ex2_labels_with_ops.py")
def ops_compute_the_same_labels_as_numpy(run):
    g = run.globals
    backend = keras.backend.backend()
    # keras.ops returned a tensor of the active backend's own library.
    library = type(g["y_ops"]).__module__.split(".")[0]
    assert library == {"tensorflow": "tensorflow", "jax": "jaxlib", "torch": "torch"}[backend]
    assert f"from {library}\n" in run.stdout
    assert f"backend: {backend}\n" in run.stdout
    # ... which convert_to_numpy turns into the very labels NumPy computed.
    assert isinstance(g["y_back"], np.ndarray)
    np.testing.assert_array_equal(g["y_back"], g["y_numpy"])
    x = g["x"]
    np.testing.assert_array_equal(g["y_back"], (x[:, 0] + x[:, 1] > 1).astype("float32"))
    assert "same labels as NumPy: True\n" in run.stdout
    assert f"labels equal to 1: {int(g['y_numpy'].sum())} of 300\n" in run.stdout


@check("ex3_numpy_on_any_backend.py")
def probabilities_come_back_as_numpy_on_any_backend(run):
    g = run.globals
    # The colleague's .numpy() exists on TensorFlow tensors only: the fix must not call it.
    tree = ast.parse(run.path.read_text(encoding="utf-8"))
    calls = [
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    ]
    assert "numpy" not in calls and "convert_to_numpy" in calls
    assert type(g["outputs"]).__name__ in {"EagerTensor", "ArrayImpl", "Tensor"}
    probabilities = g["probabilities"]
    assert isinstance(probabilities, np.ndarray) and probabilities.shape == (5,)
    np.testing.assert_allclose(
        probabilities, g["model"].predict(g["x"][200:205], verbose=0)[:, 0], rtol=1e-5, atol=1e-6
    )
    # The observable result: the five predicted labels are the true ones.
    np.testing.assert_array_equal(probabilities > 0.5, g["y"][200:205] > 0.5)
    predicted = run.stdout.split("predicted labels: ")[1].splitlines()[0]
    true = run.stdout.split("true labels:      ")[1].splitlines()[0]
    assert predicted == true == "[1 0 1 1 1]"


learns_to_classify("ex3_numpy_on_any_backend.py", 2, read=binary_accuracy("x", "y"))
