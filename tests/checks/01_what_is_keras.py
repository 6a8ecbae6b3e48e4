"""What section 1 claims: Keras 3 runs on a backend, and defines, trains and evaluates models."""

import os
import subprocess
import sys
from pathlib import Path

import keras

from tests.checks.learning import learns_to_classify
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
    assert done.returncode == 0, done.stderr
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


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("02_define_train_evaluate.py", 2, read=lambda g: (g["accuracy"], g["loss"]))
