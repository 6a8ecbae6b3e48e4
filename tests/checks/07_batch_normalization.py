"""What section 7 claims, corrected: BatchNormalization uses batch statistics in training,
moving statistics at inference (also under a plain call, and always once the layer is frozen
with trainable=False, even inside fit), and learns a scale (gamma) and a shift (beta)."""

import numpy as np

from tests.checks.learning import learns_to_regress
from verify import check


def kinds(model):
    return [type(layer).__name__ for layer in model.layers]


@check("01_batch_normalization.py")
def batch_normalization_after_first_dense(run):
    model = run.globals["model"]
    assert kinds(model) == ["Dense", "BatchNormalization", "Dense", "Dense"]
    assert model.layers[0].kernel.shape == (784, 128)
    # 4 values per feature: gamma, beta trainable; moving mean, variance not.
    bn = model.layers[1]
    assert sum(int(np.prod(w.shape)) for w in bn.trainable_weights) == 2 * 128
    assert sum(int(np.prod(w.shape)) for w in bn.non_trainable_weights) == 2 * 128
    assert "Non-trainable params: 256" in run.stdout


@check("02_before_activation.py")
def normalization_between_layer_and_activation(run):
    model = run.globals["model"]
    names = kinds(model)
    assert names[:3] == ["Conv2D", "BatchNormalization", "Activation"]
    assert names[4:7] == ["Dense", "BatchNormalization", "Activation"]
    assert not model.layers[0].use_bias and not model.layers[4].use_bias
    assert model.layers[0].activation.__name__ == "linear"


@check("03_training_vs_inference.py")
def training_uses_batch_statistics(run):
    out = run.globals["train_out"]  # gamma 1, beta 0: plain normalization
    np.testing.assert_allclose(out.mean(axis=0), 0.0, atol=1e-4)
    np.testing.assert_allclose(out.std(axis=0), 1.0, atol=1e-3)


@check("03_training_vs_inference.py")
def moving_statistics_updated_with_momentum(run):
    x, bn = run.globals["x"], run.globals["bn"]
    assert bn.momentum == 0.99
    # After one training call: moving = 0.99 * initial (0 and 1) + 0.01 * batch statistic.
    np.testing.assert_allclose(run.globals["moving_mean"], 0.01 * x.mean(axis=0), rtol=1e-4)
    np.testing.assert_allclose(
        run.globals["moving_variance"], 0.99 + 0.01 * x.var(axis=0), rtol=1e-4
    )


@check("03_training_vs_inference.py")
def inference_uses_moving_statistics(run):
    bn, x, out = run.globals["bn"], run.globals["x"], run.globals["infer_out"]
    mean, var = run.globals["moving_mean"], run.globals["moving_variance"]
    np.testing.assert_allclose(out, (x - mean) / np.sqrt(var + bn.epsilon), rtol=1e-4, atol=1e-4)
    # ...which is far from normalized here.
    assert np.all(out.mean(axis=0) > 4)


@check("03_training_vs_inference.py")
def plain_call_runs_in_inference_mode(run):
    # No training value: BatchNormalization.call treats training=None as inference.
    bn, x = run.globals["bn"], run.globals["x"]
    np.testing.assert_allclose(np.asarray(bn(x)), run.globals["infer_out"], rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(np.asarray(bn.moving_mean), run.globals["moving_mean"])


@check("04_learned_statistics.py")
def gamma_beta_learned_and_moving_statistics_track_the_data(run):
    bn, x = run.globals["bn"], run.globals["x"]
    gamma, beta = np.asarray(bn.gamma), np.asarray(bn.beta)  # reading does not change them
    assert np.max(np.abs(gamma - 1)) > 0.2 and np.max(np.abs(beta)) > 0.2
    np.testing.assert_allclose(np.asarray(bn.moving_mean), x.mean(axis=0), rtol=0.1)
    np.testing.assert_allclose(np.asarray(bn.moving_variance), x.var(axis=0), rtol=0.2)
    out = run.globals["out"]
    # At inference the output is about beta + gamma * normalized input.
    np.testing.assert_allclose(out.mean(axis=0), beta, atol=0.3)
    np.testing.assert_allclose(out.std(axis=0), np.abs(gamma), rtol=0.1)


@check("05_frozen_layer.py")
def pretraining_learned_the_moving_statistics(run):
    x = run.globals["x"]
    np.testing.assert_allclose(run.globals["frozen_mean"], x.mean(axis=0), rtol=0.1)
    np.testing.assert_allclose(run.globals["frozen_variance"], x.var(axis=0), rtol=0.2)


@check("05_frozen_layer.py")
def frozen_layer_runs_in_inference_mode_inside_fit(run):
    g = run.globals
    bn, model, x_new = g["bn"], g["model"], g["x_new"]
    assert not bn.trainable
    # fit() did not move the moving statistics towards the new data (mean 2, variance 1).
    np.testing.assert_array_equal(np.asarray(bn.moving_mean), g["frozen_mean"])
    np.testing.assert_array_equal(np.asarray(bn.moving_variance), g["frozen_variance"])
    # With training=True it normalizes with the moving statistics, not the batch's.
    gamma, beta = np.asarray(bn.gamma), np.asarray(bn.beta)
    expected = (x_new - g["frozen_mean"]) / np.sqrt(g["frozen_variance"] + bn.epsilon)
    np.testing.assert_allclose(g["train_out"], gamma * expected + beta, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(g["train_out"], g["infer_out"], rtol=1e-6, atol=1e-6)
    assert abs(g["train_out"].mean(axis=0) - beta).max() > 0.5  # not batch-normalized
    # The whole model too: a training-mode call gives the inference output.
    np.testing.assert_allclose(
        np.asarray(model(x_new, training=True)), np.asarray(model(x_new, training=False)), atol=1e-5
    )
    assert "training=True output equals training=False output: True" in run.stdout


# Every training example learns clearly (tests/checks/learning.py).
learns_to_regress(
    "05_frozen_layer.py",
    lambda g: (g["history"].history["loss"][-1], g["y_new"]),
)


# The exercises: each check asserts what its task tells the reader to observe.


def parameters(weights):
    return sum(int(np.prod(w.shape)) for w in weights)


@check("ex1_second_batch_normalization.py")
def a_second_batch_normalization_adds_128_non_trainable_parameters(run):
    model = run.globals["model"]
    assert kinds(model) == ["Dense", "BatchNormalization", "Dense", "BatchNormalization", "Dense"]
    assert model.layers[2].units == 64
    # 4 values per feature: 4 * 128 + 4 * 64 more than the three Dense layers.
    assert model.count_params() == 109_386 + 4 * 128 + 4 * 64 == 110_154
    assert parameters(model.non_trainable_weights) == 2 * 128 + 2 * 64 == 384
    assert parameters(model.trainable_weights) == 110_154 - 384
    assert "total params:         110,154" in run.stdout
    assert "non-trainable params: 384" in run.stdout


@check("ex2_momentum.py")
def three_calls_at_momentum_half_go_seven_eighths_of_the_way(run):
    bn, x = run.globals["bn"], run.globals["x"]
    assert bn.momentum == 0.5
    np.testing.assert_allclose(run.globals["moving_mean"], 0.875 * x.mean(axis=0), rtol=1e-4)
    np.testing.assert_allclose(
        np.asarray(bn.moving_variance), 0.125 + 0.875 * x.var(axis=0), rtol=1e-4
    )
    assert np.all((4.1 < run.globals["moving_mean"]) & (run.globals["moving_mean"] < 4.6))
    lines = run.stdout.splitlines()
    assert lines[0].split(":")[1].strip() == lines[1].split(":")[1].strip()


@check("ex3_momentum_for_a_short_fit.py")
def default_momentum_lags_behind_in_a_short_fit(run):
    g = run.globals
    assert g["broken_bn"].momentum == 0.99
    fit_loss = g["broken_history"].history["loss"][-1]
    assert fit_loss < 2 and g["broken_loss"] > 5 and g["broken_loss"] > 3 * fit_loss
    # The moving mean has gone only about 1 - 0.99**40 = 33 % of the way to the data's mean.
    progress = np.asarray(g["broken_bn"].moving_mean) / g["x"].mean(axis=0)
    np.testing.assert_allclose(progress, 1 - 0.99**40, rtol=0.05)


@check("ex3_momentum_for_a_short_fit.py")
def a_shorter_memory_fixes_inference_without_more_epochs(run):
    g = run.globals
    bn, model, x, y = g["bn"], g["model"], g["x"], g["y"]
    assert model.layers[0] is bn and bn.momentum < 0.99
    assert len(g["history"].history["loss"]) == 5
    assert g["loss"] < 0.5
    np.testing.assert_allclose(g["loss"], model.evaluate(x, y, verbose=0), rtol=1e-5)
    np.testing.assert_allclose(np.asarray(bn.moving_mean), x.mean(axis=0), rtol=0.05)


learns_to_regress("ex3_momentum_for_a_short_fit.py", lambda g: (g["loss"], g["y"]))
