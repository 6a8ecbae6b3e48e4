import math

import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(200, 4)).astype("float32")
y = keras.utils.to_categorical(np.argmax(x[:, :3], axis=1), 3)

# One epoch with different batch sizes. The optimizer counts its updates in
# `iterations`: one update per batch, so a smaller batch means more (and
# noisier) updates per epoch.
for batch_size in (8, 32, 200):
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(16, activation="relu"),
            layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    model.fit(x, y, epochs=1, batch_size=batch_size, verbose=0)
    updates = int(model.optimizer.iterations)
    print(
        f"batch_size {batch_size:3d}: updates per epoch = {updates:2d}, "
        f"ceil(200 / {batch_size}) = {math.ceil(200 / batch_size)}"
    )
