import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(200, 4)).astype("float32")
classes = np.argmax(x[:, :3], axis=1)  # integer labels: 0, 1 or 2


def train(metric):
    """Train a small classifier with this one metric and return its History."""
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(16, activation="relu"),
            layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="sparse_categorical_crossentropy",
        metrics=[metric],
    )
    return model.fit(x, classes, epochs=10, verbose=0)


# The same metric asked for in three ways. The string keeps the name you wrote;
# a metric object is recorded under its own name, sparse_categorical_accuracy
# unless you pass `name`.
histories = {
    '"accuracy"': train("accuracy"),
    "SparseCategoricalAccuracy()": train(
        keras.metrics.SparseCategoricalAccuracy()
    ),
    'SparseCategoricalAccuracy(name="accuracy")': train(
        keras.metrics.SparseCategoricalAccuracy(name="accuracy")
    ),
}
for metric, history in histories.items():
    name = [key for key in history.history if key != "loss"][
        0
    ]  # the metric's history key
    print(
        f"{metric:43s} history key {name!r}, "
        f"last epoch {history.history[name][-1]:.3f}"
    )
