import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The same data as before, but the labels stay integers: one class index per
# sample.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = np.argmax(x @ rng.normal(size=(4, 3)), axis=1)
print("labels:", y.shape, y[:5])

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
# Integer labels go with sparse_categorical_crossentropy; no one-hot encoding
# needed.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)

loss_before, _ = model.evaluate(x, y, verbose=0)
model.fit(x, y, epochs=10, batch_size=32, verbose=0)
loss_after, accuracy = model.evaluate(x, y, verbose=0)
print(f"loss before training: {loss_before:.3f}")
print(f"loss after training:  {loss_after:.3f} (accuracy {accuracy:.2f})")
