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


def build_model(learning_rate):
    model = keras.Sequential(
        [
            keras.Input(shape=(5,)),
            # L2 penalty on the kernel: keeps the weights small.
            layers.Dense(32, activation="relu", kernel_regularizer=L2(1e-3)),
            layers.BatchNormalization(),  # normalizes the 32 activations
            layers.Dropout(0.2),  # drops 20% of them, in training only
            layers.Dense(
                32,
                activation="relu",
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


# Three candidates, each trained the same way, then scored on the
# validation data. The test set plays no part in the choice.
scores = {}
for learning_rate in [0.001, 0.01, 1.0]:
    model = build_model(learning_rate)
    # fit() returns a History: .history["loss"] has one value per epoch,
    # the mean over its samples, L2 penalties included.
    losses = model.fit(
        x_train, y_train, epochs=10, batch_size=32, verbose=0
    ).history["loss"]
    _, val_accuracy = model.evaluate(x_val, y_val, verbose=0)
    scores[learning_rate] = val_accuracy
    label = f"learning rate {learning_rate:<5}:"
    if min(losses) > 1:
        # The steps are so large that the weights blow up and the model
        # ends up answering the same for every sample (about 0.5 under
        # large penalties, or 0 or 1 with certainty). The path there hangs
        # on the last bits of floats, which differ between processors:
        # print the verdict, not a score.
        print(label, "training loss never below 1, does not settle")
    else:
        print(label, f"val_accuracy {val_accuracy:.2f}")

best_learning_rate = max(scores, key=scores.get)
print("best learning rate:", best_learning_rate)
