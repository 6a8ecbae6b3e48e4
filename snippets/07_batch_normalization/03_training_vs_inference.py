import numpy as np
from keras import layers

# One batch of 256 samples with 3 features, each with mean about 5 and std
# about 3.
rng = np.random.default_rng(0)
x = rng.normal(loc=5.0, scale=3.0, size=(256, 3)).astype("float32")

bn = (
    layers.BatchNormalization()
)  # gamma starts at 1, beta at 0, momentum is 0.99


def stats(name, values):
    # Adding 0.0 turns a printed -0.0 into 0.0.
    print(
        f"{name:<22} mean {values.mean(axis=0).round(3) + 0.0}  "
        f"std {values.std(axis=0).round(3)}"
    )


stats("input", x)

# training=True (what fit() uses): normalize with this batch's own mean and
# variance...
train_out = np.asarray(bn(x, training=True))
stats("training=True output", train_out)

# ...and move the moving statistics 1% of the way (1 - momentum) towards this
# batch's.
moving_mean = np.asarray(bn.moving_mean)
moving_variance = np.asarray(bn.moving_variance)
print(
    "moving_mean:",
    moving_mean.round(3),
    " = 0.01 * batch mean:",
    (0.01 * x.mean(axis=0)).round(3),
)

# training=False (what predict() and evaluate() use): the moving statistics are
# used. They have barely moved from their start (mean 0, variance 1), so the
# output is nearly the unchanged input, and far from mean 0 and std 1.
infer_out = np.asarray(bn(x, training=False))
stats("training=False output", infer_out)
