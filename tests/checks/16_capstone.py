"""What the capstone claims: on two rings plus noise features, a linear baseline stays near
chance, while the regularized network (L2, BatchNormalization, Dropout), with its learning rate
chosen on validation data and trained with early stopping, scores at least 0.9 on the test set;
it predicts class labels for new samples, and a model ending at its hidden layer returns 32
values per sample. Every step repeats the same data lines and the same model builder. On real
data (scikit-learn's wine data, 3 classes), the same workflow with a Normalization layer adapted
on the training split scores far above the majority class, and a linear baseline does about as
well as the network."""

import re

import keras
import numpy as np
from keras.backend import backend

from tests.checks.learning import binary_accuracy, learns_to_classify
from verify import check
from verify.layout import PROJECT

STEPS = [
    "01_baseline.py",
    "02_build_model.py",
    "03_tune_learning_rate.py",
    "04_train_and_evaluate.py",
    "05_predict_and_inspect.py",
]
CHOSEN_LEARNING_RATE = 0.01  # what step 3 picks, and steps 4 and 5 train with


def block(source: str, start: str, end: str) -> str:
    """The lines of ``source`` from the one starting with ``start`` to the one with ``end``."""
    match = re.search(rf"^{re.escape(start)}.*?^{re.escape(end)}.*?$", source, re.S | re.M)
    assert match, f"no block from {start!r} to {end!r}"
    return match[0]


def data_lines(source: str) -> str:
    return block(source, "keras.utils.set_random_seed(0)", "x_test, y_test = make_data(100)")


def builder(source: str) -> str:
    return block(source, "def build_model(", "    return model")


def source_of(run, name: str) -> str:
    return (run.path.parent / name).read_text(encoding="utf-8")


def printed(run, label: str) -> str:
    """The rest of the printed line that starts with ``label``."""
    [line] = [line for line in run.stdout.splitlines() if line.startswith(label)]
    return line.removeprefix(label).strip()


def model_accuracy(model, x, y) -> float:
    predicted = model.predict(x, verbose=0)[:, 0] > 0.5
    return float(np.mean(predicted == (y > 0.5)))


# Step 1: the data and the linear baseline --------------------------------------------------


@check("01_baseline.py")
def three_splits_of_the_ring_data(run):
    g = run.globals
    assert g["x_train"].shape == (300, 5)
    assert g["x_val"].shape == (100, 5)
    assert g["x_test"].shape == (100, 5)
    # Features 0 and 1 put class 0 near radius 1 and class 1 near radius 2.
    for x, y in [(g["x_train"], g["y_train"]), (g["x_test"], g["y_test"])]:
        radius = np.hypot(x[:, 0], x[:, 1])
        assert abs(radius[y == 0].mean() - 1) < 0.1
        assert abs(radius[y == 1].mean() - 2) < 0.1
        # Both classes have the same mean position: no straight line separates them.
        assert np.abs(x[y == 0, :2].mean(axis=0) - x[y == 1, :2].mean(axis=0)).max() < 0.3
    assert 0.4 < g["y_val"].mean() < 0.6
    assert printed(run, "class 1 in validation:") == f"{g['y_val'].mean():.0%}"


@check("01_baseline.py")
def baseline_is_a_single_sigmoid_unit(run):
    baseline = run.globals["baseline"]
    [dense] = baseline.layers
    assert isinstance(dense, keras.layers.Dense)
    assert dense.units == 1
    assert dense.activation is keras.activations.sigmoid
    assert baseline.count_params() == 5 + 1


@check("01_baseline.py")
def baseline_stays_near_chance(run):
    g = run.globals
    accuracy = g["baseline_accuracy"]
    assert accuracy < 0.7
    assert printed(run, "baseline validation accuracy:") == f"{accuracy:.2f}"
    np.testing.assert_allclose(model_accuracy(g["baseline"], g["x_val"], g["y_val"]), accuracy)
    # Not for lack of training: 20 more epochs leave it below 0.7 on its own training data.
    g["baseline"].fit(g["x_train"], g["y_train"], epochs=20, batch_size=32, verbose=0)
    assert model_accuracy(g["baseline"], g["x_train"], g["y_train"]) < 0.7
    assert model_accuracy(g["baseline"], g["x_val"], g["y_val"]) < 0.7


# Step 2: the model builder -----------------------------------------------------------------


@check("02_build_model.py")
def model_combines_l2_batch_normalization_and_dropout(run):
    model = run.globals["model"]
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Dense", "BatchNormalization", "Dropout", "Dense", "Dense"]
    first, _, dropout, hidden, output = model.layers
    for dense in (first, hidden):
        assert dense.units == 32
        assert dense.activation is keras.activations.relu
        assert isinstance(dense.kernel_regularizer, keras.regularizers.L2)
        np.testing.assert_allclose(dense.kernel_regularizer.l2, 1e-3)
    assert hidden.name == "hidden"
    assert dropout.rate == 0.2
    assert output.units == 1 and output.activation is keras.activations.sigmoid
    # 5*32+32 + 4*32 (BatchNormalization) + 32*32+32 + 32+1, as the summary prints.
    assert model.count_params() == 1_409
    assert "Total params: 1,409" in run.stdout
    assert "Non-trainable params: 64" in run.stdout  # the moving mean and variance


@check("02_build_model.py")
def each_l2_regularizer_adds_a_penalty(run):
    model = run.globals["model"]
    assert len(model.losses) == 2
    assert printed(run, "penalties added to the loss:") == "2"


@check("02_build_model.py")
def builder_compiles_for_binary_classification(run):
    model = run.globals["model"]
    assert isinstance(model.optimizer, keras.optimizers.Adam)
    np.testing.assert_allclose(float(model.optimizer.learning_rate), 0.01)
    assert model.loss == "binary_crossentropy"
    other = run.globals["build_model"](learning_rate=0.3)
    np.testing.assert_allclose(float(other.optimizer.learning_rate), 0.3)


# Every step repeats the same lines: each file runs on its own, as the page says.
def steps_share_the_data_and_the_builder(run):
    source = run.path.read_text(encoding="utf-8")
    if run.path.name != "02_build_model.py":
        assert data_lines(source) == data_lines(source_of(run, "01_baseline.py"))
    if run.path.name != "01_baseline.py":
        assert builder(source) == builder(source_of(run, "02_build_model.py"))


for step in STEPS:
    check(step)(steps_share_the_data_and_the_builder)


# The exercises' solutions change the builder, but not the data.
@check("ex1_functional.py")
@check("ex2_tune_dropout.py")
@check("ex3_missing_activation.py")
def solution_uses_the_same_data(run):
    source = run.path.read_text(encoding="utf-8")
    assert data_lines(source) == data_lines(source_of(run, "01_baseline.py"))


# Step 3: tune the learning rate on validation data ----------------------------------------


TOO_LARGE = 1.0  # the last candidate of step 3: its steps are too large to settle


@check("03_tune_learning_rate.py")
def best_learning_rate_has_the_best_validation_accuracy(run):
    scores, best = run.globals["scores"], run.globals["best_learning_rate"]
    assert list(scores) == [0.001, CHOSEN_LEARNING_RATE, TOO_LARGE]
    assert scores[best] == max(scores.values())
    # The steps after this one train with this value.
    assert best == CHOSEN_LEARNING_RATE
    assert printed(run, "best learning rate:") == str(CHOSEN_LEARNING_RATE)
    # A clear choice: too small and too large both score clearly lower.
    assert all(scores[best] - s >= 0.05 for lr, s in scores.items() if lr != best)
    # The candidates that settle print their score; the one that does not, its verdict only.
    for learning_rate in (0.001, CHOSEN_LEARNING_RATE):
        label = f"learning rate {learning_rate:<5}: val_accuracy"
        assert printed(run, label) == f"{scores[learning_rate]:.2f}"
    label = f"learning rate {TOO_LARGE:<5}:"
    assert printed(run, label) == "training loss never below 1, does not settle"


@check("03_tune_learning_rate.py")
def too_large_a_learning_rate_does_not_settle(run):
    g = run.globals
    # The last candidate's history: its loss stayed above that of answering 0.5 for every
    # sample (ln 2) in every epoch, far above what the chosen rate reaches.
    losses = g["losses"]
    assert len(losses) == 10
    assert min(losses) > 1 > np.log(2)
    # It ends up answering the same probability for every sample, which scores what one
    # class does: half of the validation data.
    predictions = g["model"].predict(g["x_val"], verbose=0)
    assert np.ptp(predictions) < 1e-3
    assert g["y_val"].mean() == 0.5
    np.testing.assert_allclose(g["scores"][TOO_LARGE], 0.5)


@check("03_tune_learning_rate.py")
def too_large_a_rate_ends_near_one_half_or_certain(run):
    # The page's two endings, each above ln 2: a constant answer near 0.5 with the penalties of
    # the blown-up weights on top, or a constant answer of 0 or 1 (wrong for half the samples).
    g = run.globals
    answer = float(g["model"].predict(g["x_train"], verbose=0).mean())
    penalties = sum(float(keras.ops.convert_to_numpy(x)) for x in g["model"].losses)
    if abs(answer - 0.5) < 0.05:
        assert penalties > 1 - np.log(2), (answer, penalties)
    else:
        assert min(answer, 1 - answer) < 1e-3, (answer, penalties)


@check("03_tune_learning_rate.py")
def candidates_are_scored_on_the_validation_data(run):
    g = run.globals
    # The last candidate's model is left in `model`: its score is its validation accuracy,
    # not its test accuracy.
    score = model_accuracy(g["model"], g["x_val"], g["y_val"])
    np.testing.assert_allclose(g["scores"][TOO_LARGE], score)
    np.testing.assert_allclose(float(g["model"].optimizer.learning_rate), TOO_LARGE)
    assert int(g["model"].optimizer.iterations) == 10 * 10  # 10 epochs of ceil(300 / 32)


# Steps 4 and 5: train with early stopping, evaluate, predict, inspect ---------------------


def trains_with_the_chosen_rate_and_stops_early(run):
    model, callback = run.globals["model"], run.globals["early_stopping"]
    np.testing.assert_allclose(float(model.optimizer.learning_rate), CHOSEN_LEARNING_RATE)
    assert callback.monitor == "val_loss"
    assert callback.restore_best_weights
    epochs_run = int(model.optimizer.iterations) // 10  # ceil(300 / 32) updates per epoch
    assert callback.stopped_epoch > 0
    assert epochs_run < 100
    assert epochs_run == callback.best_epoch + callback.patience + 1


for step in ("04_train_and_evaluate.py", "05_predict_and_inspect.py", "ex1_functional.py"):
    check(step)(trains_with_the_chosen_rate_and_stops_early)


@check("04_train_and_evaluate.py")
def best_epoch_is_restored(run):
    g = run.globals
    val_losses = g["history"].history["val_loss"]
    best = g["early_stopping"].best_epoch
    assert best == int(np.argmin(val_losses))
    assert printed(run, "epochs run:") == f"{len(val_losses)} of 100"
    assert printed(run, "best epoch:") == str(best + 1)
    # The model holds the best epoch's weights (BatchNormalization's moving statistics too).
    val_loss, val_accuracy = g["model"].evaluate(g["x_val"], g["y_val"], verbose=0)
    np.testing.assert_allclose(val_loss, min(val_losses), rtol=1e-5)
    np.testing.assert_allclose(val_accuracy, g["history"].history["val_accuracy"][best])
    assert val_losses[-1] > min(val_losses)  # the last epoch was worse


@check("04_train_and_evaluate.py")
def network_beats_the_baseline_on_the_test_set(run):
    g = run.globals
    assert g["test_accuracy"] >= 0.9  # the baseline stays below 0.7 (step 1)
    assert printed(run, "test accuracy:") == f"{g['test_accuracy']:.2f}"
    accuracy = model_accuracy(g["model"], g["x_test"], g["y_test"])
    np.testing.assert_allclose(accuracy, g["test_accuracy"])
    assert g["best_val_accuracy"] >= 0.9


@check("04_train_and_evaluate.py")
def validation_lags_while_the_moving_statistics_catch_up(run):
    g = run.globals
    history = g["history"].history
    # As the page says: in the first epochs, validation accuracy lags far behind training.
    assert history["accuracy"][1] - history["val_accuracy"][1] >= 0.15
    # The cause: BatchNormalization's moving statistics, which inference mode uses. Put back
    # their starting values (mean 0, variance 1) into the trained model, and it falls to
    # chance on the validation data; with its own statistics, it scores at least 0.9.
    normalization = g["model"].layers[1]
    trained = [keras.ops.convert_to_numpy(v) for v in normalization.non_trainable_weights]
    assert model_accuracy(g["model"], g["x_val"], g["y_val"]) >= 0.9
    try:
        normalization.moving_mean.assign(np.zeros(32))
        normalization.moving_variance.assign(np.ones(32))
        assert model_accuracy(g["model"], g["x_val"], g["y_val"]) < 0.7
    finally:
        for variable, value in zip(normalization.non_trainable_weights, trained, strict=True):
            variable.assign(value)


@check("05_predict_and_inspect.py")
def trains_exactly_as_step_4(run):
    def training(source):
        return block(source, "model = build_model(learning_rate=0.01)", "    verbose=0,").replace(
            "history = model.fit(", "model.fit("
        )

    source = run.path.read_text(encoding="utf-8")
    assert training(source) == training(source_of(run, "04_train_and_evaluate.py"))


@check("05_predict_and_inspect.py")
def predicts_the_ring_of_each_new_sample(run):
    g = run.globals
    radii = np.hypot(g["new_samples"][:, 0], g["new_samples"][:, 1])
    assert np.allclose(radii, [1, 0.99, 2, 2.12], atol=0.01)
    assert g["probabilities"].shape == (4, 1)
    assert g["labels"].shape == (4,)
    assert g["labels"].tolist() == [0, 0, 1, 1]
    assert printed(run, "labels:") == "[0 0 1 1] shape: (4,)"


@check("05_predict_and_inspect.py")
def hidden_model_returns_what_the_output_layer_receives(run):
    g = run.globals
    model, hidden_output = g["model"], g["hidden_output"]
    assert hidden_output.shape == (4, 32)
    assert printed(run, "hidden layer output shape:") == "(4, 32)"
    assert g["hidden_model"].layers[-1] is model.get_layer("hidden")
    assert (hidden_output >= 0).all()  # relu
    # The output layer, a linear model, gets almost every test sample right from them.
    assert model_accuracy(model, g["x_test"], g["y_test"]) >= 0.9
    # The output layer applied to these 32 values gives the model's probabilities.
    kernel, bias = model.layers[-1].get_weights()
    by_hand = 1 / (1 + np.exp(-(hidden_output @ kernel + bias)))
    np.testing.assert_allclose(by_hand, g["probabilities"], atol=1e-5)
    np.testing.assert_allclose(g["from_hidden"], g["probabilities"], atol=1e-5)
    assert printed(run, "output layer on them:") == printed(run, "probabilities:")


# Exercises ----------------------------------------------------------------------------------


def sequential_builder(run):
    """Step 2's build_model, run from its source."""
    namespace = {"keras": keras, "layers": keras.layers, "L2": keras.regularizers.L2}
    exec(builder(source_of(run, "02_build_model.py")), namespace)
    return namespace["build_model"]


@check("ex1_functional.py")
def functional_model_with_the_same_layers(run):
    model = run.globals["model"]
    assert not isinstance(model, keras.Sequential)
    assert isinstance(model.layers[0], keras.layers.InputLayer)
    assert printed(run, "first layer:") == "InputLayer"
    kinds = [type(layer).__name__ for layer in model.layers[1:]]
    assert kinds == ["Dense", "BatchNormalization", "Dropout", "Dense", "Dense"]
    assert model.get_layer("hidden") is model.layers[4]
    assert model.layers[3].rate == 0.2
    assert all(
        isinstance(model.layers[i].kernel_regularizer, keras.regularizers.L2) for i in (1, 4)
    )
    assert model.count_params() == 1_409
    assert printed(run, "parameters:") == "1409"


@check("ex1_functional.py")
def same_network_as_step_2_same_initial_weights(run):
    build_sequential, build_functional = sequential_builder(run), run.globals["build_model"]
    keras.utils.set_random_seed(0)
    sequential = build_sequential(learning_rate=0.01)
    keras.utils.set_random_seed(0)
    functional = build_functional(learning_rate=0.01)
    assert isinstance(sequential, keras.Sequential)
    for a, b in zip(sequential.get_weights(), functional.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


@check("ex1_functional.py")
def functional_model_scores_at_least_0_9(run):
    g = run.globals
    assert g["test_accuracy"] >= 0.9
    assert printed(run, "test accuracy:") == f"{g['test_accuracy']:.2f}"
    np.testing.assert_allclose(
        model_accuracy(g["model"], g["x_test"], g["y_test"]), g["test_accuracy"]
    )


@check("ex2_tune_dropout.py")
def dropout_rate_is_tuned_on_validation_data(run):
    g = run.globals
    scores, best = g["scores"], g["best_dropout_rate"]
    assert list(scores) == [0.0, 0.2, 0.5]
    assert scores[best] == max(scores.values())
    assert printed(run, "best dropout rate:") == str(best)
    for rate, score in scores.items():
        assert printed(run, f"dropout rate {rate}: val_accuracy") == f"{score:.2f}"
    # The builder's new argument reaches the Dropout layer; the learning rate stays 0.01.
    model = g["model"]  # the last candidate's
    [dropout] = [layer for layer in model.layers if isinstance(layer, keras.layers.Dropout)]
    assert dropout.rate == 0.5
    np.testing.assert_allclose(float(model.optimizer.learning_rate), CHOSEN_LEARNING_RATE)
    np.testing.assert_allclose(scores[0.5], model_accuracy(model, g["x_val"], g["y_val"]))
    other = g["build_model"](learning_rate=0.01, dropout_rate=0.3)
    assert [layer.rate for layer in other.layers if hasattr(layer, "rate")] == [0.3]


@check("ex2_tune_dropout.py")
def dropout_rate_matters_little_here(run):
    scores = list(run.globals["scores"].values())
    assert min(scores) >= 0.85
    assert max(scores) - min(scores) <= 0.1


def logit(model, x):
    p = model.predict(x, verbose=0)[:, 0].astype("float64")
    return np.log(p / (1 - p))


@check("ex3_missing_activation.py")
def without_activation_the_network_is_linear(run):
    g = run.globals
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=(2, 8, 5)).astype("float32")
    midpoint = (a + b) / 2
    linear = g["build_model"](learning_rate=0.01, activation=None)
    for layer in linear.layers:
        if isinstance(layer, keras.layers.Dense) and layer.units == 32:
            assert layer.activation is keras.activations.linear
    # An affine function maps the midpoint of two inputs to the midpoint of their outputs.
    np.testing.assert_allclose(
        logit(linear, midpoint), (logit(linear, a) + logit(linear, b)) / 2, atol=1e-3
    )
    relu = g["build_model"](learning_rate=0.01, activation="relu")
    gap = logit(relu, midpoint) - (logit(relu, a) + logit(relu, b)) / 2
    assert np.abs(gap).max() > 0.01


@check("ex3_missing_activation.py")
def relu_fixes_it(run):
    g = run.globals
    without = float(printed(run, "activation=None: val_accuracy"))
    with_relu = float(printed(run, "activation=relu: val_accuracy"))
    assert without < 0.7  # no better than the baseline
    assert with_relu >= 0.9
    model = g["model"]  # the last one trained: with "relu"
    assert model.get_layer("hidden").activation is keras.activations.relu
    np.testing.assert_allclose(model_accuracy(model, g["x_val"], g["y_val"]), with_relu, atol=0.005)


# Every network learns the task clearly; the baseline (step 1) does not, on purpose.
learns_to_classify("03_tune_learning_rate.py", 2, read=lambda g: (max(g["scores"].values()), None))
learns_to_classify(
    "04_train_and_evaluate.py",
    2,
    read=binary_accuracy("x_test", "y_test", loss=lambda g: g["test_loss"]),
)
learns_to_classify("05_predict_and_inspect.py", 2, read=binary_accuracy("x_test", "y_test"))
learns_to_classify(
    "ex1_functional.py", 2, read=binary_accuracy("x_test", "y_test", loss=lambda g: g["test_loss"])
)
learns_to_classify("ex2_tune_dropout.py", 2, read=lambda g: (max(g["scores"].values()), None))
learns_to_classify("ex3_missing_activation.py", 2, read=binary_accuracy("x_val", "y_val"))


# Step 6: the same workflow on real data (scikit-learn's wine data) ------------------------


def wine_data_lines(source: str) -> str:
    return block(source, "x, y = load_wine(return_X_y=True)", "normalizer.adapt(x_train)")


def code_only(lines: str) -> str:
    """The lines that are neither a print nor a comment."""
    kept = [line for line in lines.splitlines() if not line.startswith(("print(", "#"))]
    return "\n".join(kept)


@check("06_wine.py")
def wine_split_60_20_20_without_overlap(run):
    g = run.globals
    assert g["x"].shape == (178, 13)
    assert np.bincount(g["y"]).tolist() == [59, 71, 48]
    assert printed(run, "data:") == "(178, 13) wines per class: [59 71 48]"
    assert (np.diff(g["y"]) >= 0).all()  # sorted by class: shuffling is needed
    assert (len(g["x_train"]), len(g["x_val"]), len(g["x_test"])) == (106, 35, 37)
    rows = [set(g["train_rows"]), set(g["val_rows"]), set(g["test_rows"])]
    assert not (rows[0] & rows[1]) and not (rows[0] & rows[2]) and not (rows[1] & rows[2])
    assert set.union(*rows) == set(range(178))
    np.testing.assert_array_equal(g["x_test"], g["x"][g["test_rows"]])
    np.testing.assert_array_equal(g["y_test"], g["y"][g["test_rows"]])


@check("06_wine.py")
def wine_features_in_very_different_units(run):
    x = run.globals["x"]
    assert x[:, 10].max() < 2 and x[:, 12].min() > 200  # hue about 1, proline in the hundreds
    assert x.std(axis=0).max() / x.std(axis=0).min() > 1000
    assert printed(run, "hue from") == f"{str(x[:, 10].min())} to {str(x[:, 10].max())}"
    assert printed(run, "proline from") == f"{str(x[:, 12].min())} to {str(x[:, 12].max())}"


@check("06_wine.py")
def normalization_uses_the_training_statistics_only(run):
    g = run.globals
    model, normalizer, x_train = g["model"], g["normalizer"], g["x_train"]
    assert model.layers[0] is normalizer
    assert isinstance(normalizer, keras.layers.Normalization)
    mean = keras.ops.convert_to_numpy(normalizer.mean)[0]
    variance = keras.ops.convert_to_numpy(normalizer.variance)[0]
    np.testing.assert_allclose(mean, x_train.mean(axis=0), rtol=1e-5)
    np.testing.assert_allclose(variance, x_train.var(axis=0), rtol=1e-4)
    assert np.abs(mean - g["x"].mean(axis=0)).max() > 1  # not the statistics of all 178
    scaled = keras.ops.convert_to_numpy(normalizer(x_train))
    np.testing.assert_allclose(scaled.mean(axis=0), 0, atol=1e-4)
    np.testing.assert_allclose(scaled.std(axis=0), 1, atol=1e-3)
    # Training leaves the statistics alone: the optimizer only updates trainable weights.
    assert normalizer.trainable_weights == []


@check("06_wine.py")
def three_classes_softmax_and_integer_labels(run):
    model = run.globals["model"]
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Normalization", "Dense", "Dropout", "Dense"]
    assert model.layers[-1].units == 3
    assert model.layers[-1].activation is keras.activations.softmax
    assert model.loss == "sparse_categorical_crossentropy"
    assert run.globals["y_train"].ndim == 1


@check("06_wine.py")
def wine_training_stops_early_with_the_best_weights(run):
    g = run.globals
    val_losses = g["history"].history["val_loss"]
    best = g["early_stopping"].best_epoch
    assert len(val_losses) < 100
    assert best == int(np.argmin(val_losses))
    assert len(val_losses) == best + 5 + 1  # stopped after 5 epochs without improvement
    assert printed(run, "epochs run:") == f"{len(val_losses)} of 100"
    val_loss, _ = g["model"].evaluate(g["x_val"], g["y_val"], verbose=0)
    np.testing.assert_allclose(val_loss, min(val_losses), rtol=1e-5)


@check("06_wine.py")
def wine_model_beats_the_majority_class_clearly(run):
    g = run.globals
    majority = np.bincount(g["y"]).max() / len(g["y"])
    assert round(majority, 2) == 0.40
    # The page: about 5 in 10 for always answering the test wines' most common class.
    assert np.bincount(g["y_test"]).max() == 18 and len(g["y_test"]) == 37
    assert g["test_accuracy"] >= 0.85
    assert printed(run, "test accuracy:") == f"{g['test_accuracy']:.2f}"
    predicted = np.argmax(g["model"].predict(g["x_test"], verbose=0), axis=1)
    np.testing.assert_allclose(np.mean(predicted == g["y_test"]), g["test_accuracy"])


@check("06_wine.py")
def wine_predictions_are_the_most_probable_classes(run):
    g = run.globals
    probabilities = g["probabilities"]
    assert probabilities.shape == (8, 3)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1, atol=1e-5)
    predicted = np.argmax(probabilities, axis=1)
    assert printed(run, "predicted:") == str(predicted)
    assert printed(run, "true:") == str(g["y_test"][:8])
    assert np.mean(predicted == g["y_test"][:8]) >= 0.75


@check("ex4_wine_baseline.py")
def baseline_uses_the_data_and_network_of_step_6(run):
    source = run.path.read_text(encoding="utf-8")
    step_6 = source_of(run, "06_wine.py")
    assert code_only(wine_data_lines(source)) == code_only(wine_data_lines(step_6))
    model = run.globals["model"]  # the last one trained: the network
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Normalization", "Dense", "Dropout", "Dense"]
    assert model.layers[0] is run.globals["normalizer"]  # shared by both models
    assert model.layers[1].units == 32 and model.layers[2].rate == 0.2
    assert 'layers.Dense(32, activation="relu"), layers.Dropout(0.2)' in source
    assert 'layers.Dense(32, activation="relu"),' in step_6


@check("ex4_wine_baseline.py")
def network_trains_as_in_step_6(run):
    # Reseeded before it is built, the network repeats step 6's run: same epochs, same score.
    step_6 = PROJECT.lesson_of(run.path).output(run.path.parent / "06_wine.py", backend())
    lines = step_6.read_text(encoding="utf-8").splitlines()
    [epochs] = [line.removeprefix("epochs run: ") for line in lines if line.startswith("epochs")]
    [accuracy] = [line.removeprefix("test accuracy: ") for line in lines if line.startswith("test")]
    assert (
        printed(run, "network:")
        == f"{epochs.removesuffix(' of 100')} epochs, test accuracy {accuracy}"
    )


@check("ex4_wine_baseline.py")
def linear_baseline_does_about_as_well_as_the_network(run):
    scores = run.globals["scores"]
    assert list(scores) == ["linear baseline", "network"]
    for name, score in scores.items():
        assert printed(run, f"{name}:").endswith(f"test accuracy {score:.2f}")
    assert scores["linear baseline"] >= 0.85
    assert scores["linear baseline"] >= scores["network"] - 0.03  # one test wine or less
    # The baseline never stops early: its validation loss still improves every few epochs.
    assert printed(run, "linear baseline:").startswith("100 epochs,")
    assert not printed(run, "network:").startswith("100 epochs,")


learns_to_classify("06_wine.py", 3, read=lambda g: (g["test_accuracy"], g["test_loss"]))
learns_to_classify("ex4_wine_baseline.py", 3, read=lambda g: (min(g["scores"].values()), None))
