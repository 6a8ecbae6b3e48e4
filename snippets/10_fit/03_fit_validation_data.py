import contextlib
import io
import re

import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    # The class is the index of the largest of the first three features.
    x = rng.normal(size=(n, 4)).astype("float32")
    return x, keras.utils.to_categorical(np.argmax(x[:, :3], axis=1), 3)


# Separate samples for training and for validation: the model never trains on
# val_data.
train_data, train_labels = make_data(200)
val_data, val_labels = make_data(100)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

# verbose=2 prints one line per epoch. This example catches what fit() prints
# only to print it again below without the two timings, which change from run
# to run; in your own code, call fit() without the `with` line.
printed = io.StringIO()
with contextlib.redirect_stdout(printed):
    history = model.fit(
        train_data,
        train_labels,
        epochs=5,
        batch_size=32,
        validation_data=(val_data, val_labels),
        verbose=2,
    )
for line in printed.getvalue().splitlines():
    # "7/7 - 0s - 3ms/step - accuracy: ..." becomes "7/7 - [times] - ...".
    print(re.sub(r" - \d+s - \d+[mu]?s/step", " - [times]", line))

print("metrics recorded:", list(history.history))
