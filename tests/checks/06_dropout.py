"""What section 6 claims: Dropout zeroes about `rate` of its inputs in training, none at
inference (predict, training=False, or a plain call, where Dropout's default applies); rate=1
drops everything."""

import numpy as np

from verify import check

# 784*128+128 + 128*64+64 + 64*10+10: the Dropout layer adds nothing.
PARAMS = 109_386


@check("01_dropout.py")
def dropout_with_rate_half_after_first_dense(run):
    model = run.globals["model"]
    kinds = [type(layer).__name__ for layer in model.layers]
    assert kinds == ["Dense", "Dropout", "Dense", "Dense"]
    assert model.layers[1].rate == 0.5
    assert model.count_params() == PARAMS
    assert "Total params: 109,386" in run.stdout


@check("02_training_vs_inference.py")
def zeroes_about_rate_and_scales_the_rest_in_training(run):
    x, train_out = run.globals["x"], run.globals["train_out"]
    rate = run.globals["dropout"].rate
    zeroed = np.mean(train_out == 0)
    # 10,000 independent draws: the standard deviation of the fraction is 0.005.
    assert abs(zeroed - rate) < 0.03
    kept = train_out[train_out != 0]
    np.testing.assert_allclose(kept, x[train_out != 0] / (1 - rate))


@check("02_training_vs_inference.py")
def identity_at_inference_and_in_predict(run):
    x = run.globals["x"]
    np.testing.assert_array_equal(run.globals["infer_out"], x)
    np.testing.assert_array_equal(run.globals["predicted"], x)
    np.testing.assert_array_equal(run.globals["called"], x)
    assert "model(x, training=False): output equals input: True" in run.stdout


@check("02_training_vs_inference.py")
def plain_call_falls_back_to_dropouts_default_inference(run):
    # model(x) passes no training value; Dropout.call defaults to training=False.
    model, x = run.globals["model"], run.globals["x"]
    np.testing.assert_array_equal(np.asarray(model(x)), x)
    np.testing.assert_array_equal(np.asarray(run.globals["dropout"](x)), x)


@check("02_training_vs_inference.py")
def rate_one_is_accepted_and_drops_everything_in_training(run):
    drop_all, x = run.globals["drop_all"], run.globals["x"]
    assert drop_all.rate == 1.0
    assert not np.any(np.asarray(drop_all(x, training=True)))
    np.testing.assert_array_equal(np.asarray(drop_all(x, training=False)), x)
    assert "rate=1:    all zeros in training: True" in run.stdout


@check("03_conv_and_recurrent.py")
def dropout_after_conv_and_in_lstm(run):
    conv_model, lstm_model = run.globals["conv_model"], run.globals["lstm_model"]
    conv_kinds = [type(layer).__name__ for layer in conv_model.layers]
    assert conv_kinds[:2] == ["Conv2D", "Dropout"]
    lstm = lstm_model.layers[0]
    assert type(lstm).__name__ == "LSTM"
    assert lstm.dropout == 0.2 and lstm.recurrent_dropout == 0.2
    assert type(lstm_model.layers[1]).__name__ == "Dropout"


@check("03_conv_and_recurrent.py")
def random_in_training_deterministic_in_inference(run):
    twice = run.globals["twice"]
    for model, data in [
        (run.globals["conv_model"], run.globals["images"]),
        (run.globals["lstm_model"], run.globals["sequences"]),
    ]:
        assert not twice(model, data, True)
        assert twice(model, data, False)
        np.testing.assert_allclose(
            model.predict(data, verbose=0), np.asarray(model(data, training=False)), atol=1e-6
        )
