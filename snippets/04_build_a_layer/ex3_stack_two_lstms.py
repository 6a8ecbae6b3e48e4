import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

sequences = rng.normal(size=(300, 10, 1)).astype("float32")
labels = (sequences.sum(axis=(1, 2)) > 0).astype("float32")

# An LSTM reads (timesteps, features). By default the first LSTM returns only
# its last output, (None, 16), and the second one has no steps left to read.
# return_sequences=True passes on the output of every step: (None, 10, 16).
model = keras.Sequential(
    [
        keras.Input(shape=(10, 1)),
        layers.LSTM(16, return_sequences=True),
        layers.LSTM(16),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
for layer in model.layers:
    print(f"{layer.name:6} output shape: {layer.output.shape}")

x_train, y_train = sequences[:200], labels[:200]
x_test, y_test = sequences[200:], labels[200:]
history = model.fit(x_train, y_train, epochs=10, batch_size=32, verbose=0)
_, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"accuracy on 100 unseen sequences: {accuracy:.2f}")
