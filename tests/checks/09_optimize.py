"""What section 9 claims: hyperparameters matter and are chosen on validation data;
augmentation layers change images in training only (fit; and a plain call, where their default
training=True applies), not in predict or a call with training=False."""

import keras
import numpy as np

from tests.checks.learning import from_history, learns_to_classify
from verify import check


@check("01_hyperparameter_search.py")
def grid_search_tries_every_candidate(run):
    results = run.globals["results"]
    assert [r["learning_rate"] for r in results] == [0.001, 0.01, 0.1]
    for result in results:
        assert 0.0 <= result["val_accuracy"] <= 1.0


@check("01_hyperparameter_search.py")
def best_setting_has_the_highest_validation_accuracy(run):
    results, best = run.globals["results"], run.globals["best"]
    assert best["val_accuracy"] == max(r["val_accuracy"] for r in results)
    # The choice matters: with 3 classes, chance is about 0.33.
    assert best["val_accuracy"] > 0.7
    assert min(r["val_accuracy"] for r in results) < best["val_accuracy"] - 0.2
    assert f"best learning rate: {best['learning_rate']:g}" in run.stdout


@check("01_hyperparameter_search.py")
def validation_data_is_held_out(run):
    g = run.globals
    assert len(g["x_train"]) == 150 and len(g["x_val"]) == 50
    assert len(g["x_train"]) + len(g["x_val"]) == len(g["x"])


@check("02_data_augmentation.py")
def augmentation_changes_images_only_in_training(run):
    g = run.globals
    images, augmentation = g["images"], g["augmentation"]
    assert g["training_view"].shape == images.shape
    assert not np.allclose(g["training_view"], images)
    np.testing.assert_array_equal(g["inference_view"], images)
    # A fresh random transformation on each training call.
    again = keras.ops.convert_to_numpy(augmentation(images, training=True))
    assert not np.allclose(again, g["training_view"])


@check("02_data_augmentation.py")
def augmentation_is_the_first_block_of_the_model(run):
    model = run.globals["model"]
    assert model.layers[0] is run.globals["augmentation"]
    kinds = [type(layer).__name__ for layer in model.layers[0].layers]
    assert kinds == ["RandomFlip", "RandomRotation"]
    # predict() runs in inference mode: the same images give the same outputs.
    images = run.globals["images"]
    first = model.predict(images, verbose=0)
    np.testing.assert_array_equal(first, model.predict(images, verbose=0))


@check("03_augmentation_at_inference.py")
def plain_call_still_augments_training_false_does_not(run):
    g = run.globals
    model, same_twice = g["model"], g["same_twice"]
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds[:2] == ["RandomFlip", "RandomRotation"]
    # The augmentation layers' call() defaults to training=True; a plain call keeps it.
    assert not same_twice(model)
    assert not same_twice(model.layers[1])  # RandomRotation: a continuous random angle
    assert same_twice(lambda x: model(x, training=False))
    assert same_twice(lambda x: model.predict(x, verbose=0))
    np.testing.assert_allclose(g["predicted"], g["inference"], atol=1e-6)
    assert "model(images):                 same outputs twice: False" in run.stdout
    assert "model(images, training=False): same outputs twice: True" in run.stdout
    assert "predict equals model(images, training=False): True" in run.stdout


# Every training example learns clearly (tests/checks/learning.py).
# The last model trained is the best one (learning rate 0.1); the page explains why 0.001 lags.
learns_to_classify("01_hyperparameter_search.py", 2, read=from_history(prefix="val_"))
