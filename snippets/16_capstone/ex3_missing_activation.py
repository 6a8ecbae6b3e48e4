import keras
import numpy as np
from keras import layers
from keras.regularizers import L2

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


def build_model(learning_rate, activation):
    model = keras.Sequential(
        [
            keras.Input(shape=(5,)),
            # L2 penalty on the kernel: keeps the weights small.
            layers.Dense(
                32, activation=activation, kernel_regularizer=L2(1e-3)
            ),
            layers.BatchNormalization(),  # normalizes the 32 activations
            layers.Dropout(0.2),  # drops 20% of them, in training only
            layers.Dense(
                32,
                activation=activation,
                kernel_regularizer=L2(1e-3),
                name="hidden",
            ),
            layers.Dense(1, activation="sigmoid"),  # probability of class 1
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


# Without an activation, each Dense layer computes x @ kernel + bias, an
# affine function. BatchNormalization at inference (scale and shift) and
# Dropout (nothing at inference) are affine too, and affine functions of
# affine functions are affine: the whole network is then a linear model
# with a sigmoid, like the baseline of step 1. "relu" between the layers
# is what lets it draw a curved boundary, such as a circle.
for activation in [None, "relu"]:
    model = build_model(learning_rate=0.01, activation=activation)
    model.fit(x_train, y_train, epochs=20, batch_size=32, verbose=0)
    _, val_accuracy = model.evaluate(x_val, y_val, verbose=0)
    print(f"activation={activation}: val_accuracy {val_accuracy:.2f}")
