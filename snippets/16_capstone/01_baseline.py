import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    # Class 0 lies on a ring of radius 1, class 1 on a ring of radius 2
    # (features 0 and 1); features 2 to 4 are pure noise.
    labels = rng.integers(0, 2, size=n)
    angles = rng.uniform(0, 2 * np.pi, size=n)
    radii = 1 + labels + rng.normal(scale=0.2, size=n)
    rings = np.stack([radii * np.cos(angles), radii * np.sin(angles)], axis=1)
    x = np.concatenate([rings, rng.normal(size=(n, 3))], axis=1)
    return x.astype("float32"), labels.astype("float32")


x_train, y_train = make_data(300)
x_val, y_val = make_data(100)
x_test, y_test = make_data(100)
print(
    "train:", x_train.shape, "validation:", x_val.shape, "test:", x_test.shape
)
print(f"class 1 in validation: {y_val.mean():.0%}")  # the rest is class 0

# The baseline: one sigmoid unit, a linear model. It can only draw a straight
# line through the plane, and no straight line separates two rings.
baseline = keras.Sequential(
    [keras.Input(shape=(5,)), layers.Dense(1, activation="sigmoid")]
)
baseline.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
baseline.fit(x_train, y_train, epochs=20, batch_size=32, verbose=0)
_, baseline_accuracy = baseline.evaluate(x_val, y_val, verbose=0)
print(f"baseline validation accuracy: {baseline_accuracy:.2f}")
