import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

x = rng.random((200, 4))
y = (x[:, 0] + x[:, 1] > 1.0).astype("float32")
# A model that always answers 1 is right on this share of the samples.
print(f"share of label 1: {y.mean():.2f}")

# The bug: Dense(1, activation="softmax"). Softmax makes the outputs of a layer
# add up to 1, so a layer of one neuron always outputs 1, whatever its input:
# every prediction is class 1. One yes/no neuron needs sigmoid.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(8, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(x, y, epochs=10, batch_size=32, verbose=0)

for epoch in range(10):
    loss = history.history["loss"][epoch]
    accuracy = history.history["accuracy"][epoch]
    print(f"epoch {epoch + 1:2}: loss {loss:.3f}, accuracy {accuracy:.2f}")
