"""What section 1 claims: Keras 3 runs on a backend, and defines, trains and evaluates models."""

import os

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


@check("02_define_train_evaluate.py")
def model_is_built_from_layers_and_learns(run):
    model = run.globals["model"]
    assert [type(layer).__name__ for layer in model.layers] == ["Dense", "Dense"]
    # Chance level on these labels is about 0.5; a trained model must do much better.
    assert run.globals["accuracy"] > 0.85
    assert "test accuracy:" in run.stdout


# Every training example learns clearly (tests/checks/learning.py).
learns_to_classify("02_define_train_evaluate.py", 2, read=lambda g: (g["accuracy"], g["loss"]))
