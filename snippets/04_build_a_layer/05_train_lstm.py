import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# 300 sequences of 10 steps with 1 feature each; the label says whether the sum
# of the sequence is positive, so the layer must carry a running total through
# every step.
sequences = rng.normal(size=(300, 10, 1)).astype("float32")
labels = (sequences.sum(axis=(1, 2)) > 0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(10, 1)),  # (timesteps, features)
        layers.LSTM(16),  # -> 16 numbers per sequence
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.summary()

history = model.fit(
    sequences[:200], labels[:200], epochs=10, batch_size=32, verbose=0
)
_, accuracy = model.evaluate(sequences[200:], labels[200:], verbose=0)
print(
    f"training loss: {history.history['loss'][0]:.3f} "
    f"-> {history.history['loss'][-1]:.3f}"
)
print(f"accuracy on 100 unseen sequences: {accuracy:.2f}")
