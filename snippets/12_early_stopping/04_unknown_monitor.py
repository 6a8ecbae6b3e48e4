import textwrap

import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype("float32")
y = (x[:, 0] > 0).astype("float32")

model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(1, activation="sigmoid")]
)
model.compile(
    optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"]
)

# A typing error: "cal_loss" instead of "val_loss". With mode="auto" (the
# default), Keras knows "loss" and "val_loss" by name and looks up any other
# name among the compiled metrics. "cal_loss" is neither, so the callback
# cannot tell whether lower or higher is better.
early_stopping = keras.callbacks.EarlyStopping(monitor="cal_loss", patience=3)
try:
    model.fit(
        x,
        y,
        epochs=20,
        batch_size=32,
        validation_split=0.25,
        callbacks=[early_stopping],
        verbose=0,
    )
except ValueError as error:
    print(textwrap.fill(f"ValueError: {error}", width=90))

# The error came at the end of the first epoch: 48 training samples, 2 batches
# of 32.
print("weight updates before the error:", int(model.optimizer.iterations))
