import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data of 01_fit.py, with the labels kept as class numbers: no
# to_categorical, one integer per sample instead of a one-hot row.
rng = np.random.default_rng(0)
train_data = rng.normal(size=(200, 4)).astype("float32")
train_labels = np.argmax(train_data[:, :3], axis=1)
print("labels:", train_labels.shape, train_labels[:5])

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
# The loss that takes class numbers. The model still outputs 3 probabilities.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(
    train_data,
    train_labels,
    epochs=10,
    batch_size=32,
    verbose=0,
)

print("metrics recorded:", list(history.history))
loss = history.history["loss"][-1]
accuracy = history.history["accuracy"][-1]
print(f"epoch 10: loss {loss:.3f}, accuracy {accuracy:.3f}")
