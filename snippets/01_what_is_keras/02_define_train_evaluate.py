import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# Synthetic data: 300 samples with 4 features; the label is 1 when the first
# two features add up to more than 1, so there is a pattern to learn.
x = rng.random((300, 4))
y = (x[:, 0] + x[:, 1] > 1.0).astype("float32")

# Define: a model is a stack of layers, the building blocks of Keras.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)

# Train: choose how to measure errors and how to correct them, then fit.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit(x[:200], y[:200], epochs=10, batch_size=32, verbose=0)

# Evaluate on the 100 samples the model has not seen.
loss, accuracy = model.evaluate(x[200:], y[200:], verbose=0)
print(f"test loss: {loss:.3f}")
print(f"test accuracy: {accuracy:.2f}")
