import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# The data of 05_train_lstm.py: is the sum of the sequence positive?
sequences = rng.normal(size=(300, 10, 1)).astype("float32")
labels = (sequences.sum(axis=(1, 2)) > 0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(10, 1)),
        layers.GRU(16),  # in place of LSTM(16)
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
# A GRU has 3 blocks (2 gates and a candidate), an LSTM 4. In each block, each
# unit has 1 input weight, 16 recurrent weights and 2 biases (Keras' default,
# reset_after=True; the textbook GRU has 1): 3 * 19 * 16 = 912.
# The LSTM model of 05_train_lstm.py has 4 * (1 + 16 + 1) * 16 + 17 = 1,169.
print("GRU layer parameters:", model.layers[0].count_params())
print("model parameters:", model.count_params())

x_train, y_train = sequences[:200], labels[:200]
x_test, y_test = sequences[200:], labels[200:]
history = model.fit(x_train, y_train, epochs=10, batch_size=32, verbose=0)
_, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"accuracy on 100 unseen sequences: {accuracy:.2f}")
