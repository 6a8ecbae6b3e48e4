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


# Exercises ---------------------------------------------------------------------------------


@check("ex1_zoom_augmentation.py")
def zoom_is_added_to_the_augmentation_block(run):
    g = run.globals
    kinds = [type(layer).__name__ for layer in g["augmentation"].layers]
    assert kinds == ["RandomFlip", "RandomRotation", "RandomZoom"]
    zoom = g["augmentation"].layers[2]
    # Up to 20% either way (a single number means -0.2 to 0.2), the same for the width.
    assert (zoom.height_lower, zoom.height_upper) == (-0.2, 0.2)
    assert zoom.width_factor is None
    assert g["model"].layers[0] is g["augmentation"]
    # The observable of the task: augmentation layers add no weights.
    assert g["model"].count_params() == 314
    assert "parameters: 314" in run.stdout
    assert not np.allclose(g["training_view"], g["images"])
    np.testing.assert_array_equal(g["inference_view"], g["images"])
    assert "training: images changed: True" in run.stdout
    assert "inference: images unchanged: True" in run.stdout


@check("ex2_random_search.py")
def random_search_draws_learning_rates_on_a_log_scale(run):
    results = run.globals["results"]
    rates = [r["learning_rate"] for r in results]
    # 4 distinct values drawn from the range, none of them the grid's round values.
    assert len(rates) == 4 and len(set(rates)) == 4
    assert all(1e-4 <= rate <= 1e-1 for rate in rates)
    assert not {0.001, 0.01, 0.1} & set(rates)
    # On a log scale, each power of ten is as likely: some rate lands below 0.001, where 4
    # draws spread evenly on a linear scale would land with a chance of about 4 in 1,000.
    assert min(rates) < 1e-3
    for rate in rates:
        assert f"learning rate {rate:.5f}: validation accuracy" in run.stdout


@check("ex2_random_search.py")
def random_search_keeps_the_best_on_validation_data(run):
    results, best = run.globals["results"], run.globals["best"]
    assert best["val_accuracy"] == max(r["val_accuracy"] for r in results)
    assert best["val_accuracy"] > 0.85  # as the task says
    assert run.stdout.splitlines()[-1] == f"best learning rate: {best['learning_rate']:.5f}"


@check("ex3_label_preserving_flip.py")
def horizontal_flip_breaks_the_label(run):
    g = run.globals
    # The diagnosis: flipped left-right, a class-0 image looks like class 1.
    assert set(g["y_train"]) == {0.0, 1.0}
    flipped = g["x_train"][:, :, ::-1]
    left = g["x_train"][..., :4, :].max(axis=(1, 2, 3)) == 1.0
    np.testing.assert_array_equal(left, g["y_train"] == 0)
    np.testing.assert_array_equal(flipped[..., :4, :].max(axis=(1, 2, 3)) == 1.0, ~left)
    # The symptom: near chance on validation data.
    assert g["broken_model"].layers[0].mode == "horizontal"
    assert g["broken_history"].history["val_accuracy"][-1] < 0.65


@check("ex3_label_preserving_flip.py")
def vertical_flip_keeps_the_label_and_learns(run):
    g = run.globals
    flip = g["model"].layers[0]
    assert type(flip).__name__ == "RandomFlip" and flip.mode == "vertical"
    val_accuracy = g["history"].history["val_accuracy"][-1]
    assert val_accuracy > 0.9  # as the task says
    assert f'RandomFlip("vertical"): validation accuracy {val_accuracy:.2f}' in run.stdout


learns_to_classify("ex2_random_search.py", 3, read=lambda g: (g["best"]["val_accuracy"], None))
learns_to_classify("ex3_label_preserving_flip.py", 2, read=from_history(prefix="val_"))
