import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data of 01_hyperparameter_search.py: 150 samples to train on, 50 to
# judge each setting on.
rng = np.random.default_rng(0)
x = rng.normal(size=(200, 4)).astype("float32")
y = np.argmax(x @ rng.normal(size=(4, 3)), axis=1)
x_train, y_train = x[:150], y[:150]
x_val, y_val = x[150:], y[150:]


def build_model(units, learning_rate):
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(units, activation="relu"),
            layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# Random search: draw 4 learning rates instead of listing them. Drawing the
# exponent uniformly between -4 and -1 draws them uniformly on a log scale,
# from 0.0001 to 0.1: each power of ten is as likely as the others.
learning_rates = 10 ** rng.uniform(-4, -1, size=4)

results = []
for learning_rate in learning_rates:
    model = build_model(units=16, learning_rate=learning_rate)
    history = model.fit(
        x_train,
        y_train,
        validation_data=(x_val, y_val),
        epochs=5,
        batch_size=32,
        verbose=0,
    )
    val_accuracy = history.history["val_accuracy"][-1]
    results.append(
        {"learning_rate": learning_rate, "val_accuracy": val_accuracy},
    )
    print(
        f"learning rate {learning_rate:.5f}:",
        f"validation accuracy {val_accuracy:.2f}",
    )

best = max(results, key=lambda result: result["val_accuracy"])
print(f"best learning rate: {best['learning_rate']:.5f}")
