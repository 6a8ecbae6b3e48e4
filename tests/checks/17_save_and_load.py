"""What section 17 claims: a .keras file rebuilds the model with its weights, compile() arguments
and optimizer state; .weights.h5 holds weights only; ModelCheckpoint keeps the best epoch."""

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

import h5py
import keras
import numpy as np
import pytest

from tests.checks.learning import binary_accuracy, learns_to_classify
from verify import check


def load_saved(run, name, **kwargs):
    """Load a model file the snippet wrote, from a copy in a folder of its own."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(run.files[name])
        return keras.models.load_model(path, **kwargs)


def stored_arrays(h5_bytes):
    """name -> shape of every array in a weights file."""
    found = {}
    with h5py.File(io.BytesIO(h5_bytes), "r") as f:
        f.visititems(
            lambda name, obj: found.update({name: obj.shape}) if hasattr(obj, "shape") else None
        )
    return found


@check("01_save_and_load.py")
def reloaded_model_is_a_new_model_that_predicts_the_same(run):
    g = run.globals
    model, reloaded = g["model"], g["reloaded"]
    assert reloaded is not model
    assert type(reloaded) is keras.Sequential and len(reloaded.layers) == 2
    np.testing.assert_allclose(g["after"], g["before"], rtol=1e-6, atol=1e-7)
    # Same weights, array by array, not only the same outputs on 5 samples.
    for saved, loaded in zip(model.get_weights(), reloaded.get_weights(), strict=True):
        np.testing.assert_array_equal(saved, loaded)
    assert "same predictions: True" in run.stdout
    assert "classifier.keras" in run.files and zipfile.is_zipfile(
        io.BytesIO(run.files["classifier.keras"])
    )


@check("01_save_and_load.py")
def reloaded_model_is_compiled_and_evaluates_the_same(run):
    g = run.globals
    reloaded = g["reloaded"]
    assert reloaded.compiled
    x, y = g["x_train"], g["y_train"]
    np.testing.assert_allclose(
        reloaded.evaluate(x, y, verbose=0), g["model"].evaluate(x, y, verbose=0), rtol=1e-6
    )


def accuracy_of(name):
    """The accuracy of the snippet's model ``name`` on its training data, from evaluate."""
    return lambda g: (g[name].evaluate(g["x_train"], g["y_train"], verbose=0)[1], None)


learns_to_classify("01_save_and_load.py", 3, read=accuracy_of("reloaded"))
learns_to_classify("02_save_weights.py", 3, read=accuracy_of("model"))


@check("02_save_weights.py")
def weights_file_loads_into_a_model_built_the_same_way(run):
    g = run.globals
    copy, model = g["copy"], g["model"]
    for saved, loaded in zip(model.get_weights(), copy.get_weights(), strict=True):
        np.testing.assert_array_equal(saved, loaded)
    np.testing.assert_allclose(copy.predict(g["x_new"], verbose=0), g["expected"], rtol=1e-6)
    assert "before loading, same predictions: False" in run.stdout
    assert "after loading, same predictions:  True" in run.stdout
    # A weights file holds no architecture: load_model cannot rebuild a model from it.
    assert set(run.files) == {"classifier.weights.h5"}


@check("02_save_weights.py")
def another_suffix_is_refused_with_a_value_error(run):
    model = run.globals["model"]
    with pytest.raises(ValueError, match=r"^The filename must end in `\.weights\.h5`\. "):
        model.save_weights("classifier.h5")
    assert "ValueError: The filename must end in `.weights.h5`." in run.stdout
    # Nothing was written under the refused name.
    assert "classifier.h5" not in run.files


@check("03_checkpoint.py")
def checkpoint_holds_the_epoch_with_the_lowest_val_loss(run):
    g = run.globals
    val_losses = g["val_losses"]
    best_epoch = int(np.argmin(val_losses)) + 1
    assert best_epoch == 3  # as the page says, on both backends
    # Training went on past the best epoch: EarlyStopping stopped it patience epochs later.
    assert len(val_losses) == best_epoch + 3 < 100
    assert g["early_stopping"].best_epoch + 1 == best_epoch
    # The saved model's optimizer had taken 5 steps per epoch up to the best epoch.
    assert int(g["best"].optimizer.iterations) == 5 * best_epoch
    assert f"the saved model had trained for {best_epoch} epochs" in run.stdout
    np.testing.assert_allclose(g["best_loss"], min(val_losses), rtol=1e-5)
    assert "saved model has the lowest val_loss: True" in run.stdout


@check("03_checkpoint.py")
def model_in_memory_is_that_of_the_last_epoch(run):
    g = run.globals
    np.testing.assert_allclose(g["last_loss"], g["val_losses"][-1], rtol=1e-5)
    assert g["last_loss"] > g["best_loss"] * 1.1


learns_to_classify(
    "03_checkpoint.py",
    2,
    read=lambda g: binary_accuracy("x_val", "y_val")({**g, "model": g["best"]}),
)


@check("04_inside_a_keras_file.py")
def keras_file_is_a_zip_of_config_metadata_and_weights(run):
    archive = zipfile.ZipFile(io.BytesIO(run.files["classifier.keras"]))
    assert sorted(archive.namelist()) == ["config.json", "metadata.json", "model.weights.h5"]
    config = json.loads(archive.read("config.json"))
    assert config["class_name"] == "Sequential"
    assert config["compile_config"]["loss"] == "categorical_crossentropy"
    assert config["compile_config"]["metrics"] == ["accuracy"]
    assert config["compile_config"]["optimizer"]["class_name"] == "Adam"
    assert "members: ['metadata.json', 'config.json', 'model.weights.h5']" in run.stdout


@check("04_inside_a_keras_file.py")
def weights_file_holds_the_weights_and_the_optimizer_state_and_nothing_else(run):
    g = run.globals
    model = g["model"]
    archive = zipfile.ZipFile(io.BytesIO(run.files["classifier.keras"]))
    arrays = stored_arrays(archive.read("model.weights.h5"))
    sizes = sum(int(np.prod(shape)) for shape in arrays.values())
    optimizer_sizes = sum(int(np.prod(v.shape)) for v in model.optimizer.variables)
    # Every stored number is a weight or an optimizer variable: no training data (800 numbers),
    # no history.
    assert sizes == model.count_params() + optimizer_sizes
    assert any(name.startswith("optimizer/") for name in arrays)


@check("04_inside_a_keras_file.py")
def reloaded_optimizer_continues_where_it_was(run):
    g = run.globals
    model, reloaded = g["model"], g["reloaded"]
    assert int(reloaded.optimizer.iterations) == int(model.optimizer.iterations) == 70
    for saved, loaded in zip(model.optimizer.variables, reloaded.optimizer.variables, strict=True):
        np.testing.assert_array_equal(
            keras.ops.convert_to_numpy(saved), keras.ops.convert_to_numpy(loaded)
        )
    assert type(reloaded.optimizer) is keras.optimizers.Adam
    assert reloaded.optimizer.learning_rate.numpy() == pytest.approx(0.01)


@check("04_inside_a_keras_file.py")
def history_is_not_saved_and_compile_false_gives_no_optimizer(run):
    g = run.globals
    assert g["model"].history is g["history"]
    assert not hasattr(g["reloaded"], "history")
    # What the page suggests instead: history.history is a dict of lists that json can write.
    curves = json.loads(json.dumps(g["history"].history))
    assert set(curves) == {"loss", "accuracy"} and len(curves["loss"]) == 10
    plain = g["plain"]
    assert not plain.compiled
    assert not hasattr(plain, "optimizer")
    # Its weights are loaded all the same.
    for saved, loaded in zip(g["model"].get_weights(), plain.get_weights(), strict=True):
        np.testing.assert_array_equal(saved, loaded)
    assert "compiled: True / with compile=False: False" in run.stdout


learns_to_classify("04_inside_a_keras_file.py", 3)


@check("05_custom_objects.py")
def custom_class_is_named_in_the_file_but_its_code_is_not(run):
    data = run.files["scaled.keras"]
    archive = zipfile.ZipFile(io.BytesIO(data))
    config = json.loads(archive.read("config.json"))
    saved = config["config"]["layers"][-1]
    assert saved["class_name"] == "Scale" and saved["config"]["factor"] == 3.0
    # No Python source in any member of the archive.
    for name in archive.namelist():
        assert b"self.factor" not in archive.read(name), name
    with pytest.raises(TypeError, match="Could not locate class 'Scale'"):
        load_saved(run, "scaled.keras")
    assert "TypeError: Could not locate class 'Scale'" in run.stdout


@check("05_custom_objects.py")
def custom_objects_rebuild_the_layer_with_its_arguments(run):
    g = run.globals
    layer = g["reloaded"].layers[-1]
    assert type(layer) is g["Scale"] and layer.factor == 3.0
    x = np.random.default_rng(1).normal(size=(3, 4)).astype("float32")
    np.testing.assert_allclose(
        g["reloaded"].predict(x, verbose=0), g["model"].predict(x, verbose=0), rtol=1e-6
    )


# Exercises: the solutions do what each task asks, with the observable result it names.


@check("ex1_resume_training.py")
def resumed_training_continues_the_step_count(run):
    g = run.globals
    assert "steps when saved: 35" in run.stdout
    assert "steps after loading: 35" in run.stdout
    assert "steps after 5 more epochs: 70" in run.stdout
    assert int(g["resumed"].optimizer.iterations) == 70
    assert g["history"].epoch == [5, 6, 7, 8, 9]
    # compile() again would have replaced the optimizer: its count starts over.
    fresh = load_saved(run, "classifier.keras")
    fresh.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="categorical_crossentropy"
    )
    assert int(fresh.optimizer.iterations) == 0


learns_to_classify("ex1_resume_training.py", 3)


@check("ex2_best_weights_only.py")
def best_weights_are_saved_under_weights_h5_only(run):
    g = run.globals
    assert set(run.files) == {"best.weights.h5"}
    with pytest.raises(ValueError, match=r"must end in `\.weights\.h5`"):
        keras.callbacks.ModelCheckpoint("best.h5", save_best_only=True, save_weights_only=True)
    assert "best.h5 refused: ValueError" in run.stdout
    val_losses = g["val_losses"]
    np.testing.assert_allclose(g["best_loss"], min(val_losses), rtol=1e-5)
    assert len(val_losses) == int(np.argmin(val_losses)) + 1 + 3
    assert "loaded weights give the lowest val_loss: True" in run.stdout


learns_to_classify(
    "ex2_best_weights_only.py",
    2,
    read=lambda g: binary_accuracy("x_val", "y_val")({**g, "model": g["best"]}),
)


@check("ex3_register_custom_layer.py")
def registered_layer_loads_without_custom_objects(run):
    g = run.globals
    assert g["saved"]["registered_name"] == "my_layers>Scale"
    assert keras.saving.get_registered_object("my_layers>Scale") is g["Scale"]
    layer = g["reloaded"].layers[-1]
    assert type(layer) is g["Scale"] and layer.factor == 3.0
    assert "same predictions: True" in run.stdout
    assert re.search(r"^reloaded: Scale 3\.0$", run.stdout, re.MULTILINE)
