from pathlib import Path

import keras
import matplotlib.pyplot as plt
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    x = rng.normal(size=(n, 4)).astype("float32")
    y = (x[:, 0] + x[:, 1] + 0.5 * rng.normal(size=n) > 0).astype("float32")
    return x, y


x_train, y_train = make_data(200)
x_val, y_val = make_data(100)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# Adam with a learning rate of 0.01 (its default is 0.001), so that this small
# model learns the task within the 20 epochs shown.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(
    x_train,
    y_train,
    epochs=20,
    batch_size=32,
    validation_data=(x_val, y_val),
    verbose=0,
)

# One panel for the loss, one for the accuracy; training and validation side by
# side.
epochs = range(1, len(history.history["loss"]) + 1)
fig, (loss_ax, accuracy_ax) = plt.subplots(1, 2, figsize=(10, 4))
for ax, metric in ((loss_ax, "loss"), (accuracy_ax, "accuracy")):
    ax.plot(epochs, history.history[metric], label=metric)
    ax.plot(epochs, history.history[f"val_{metric}"], label=f"val_{metric}")
    ax.set_xlabel("epoch")
    ax.set_title(metric)
    ax.legend()
fig.tight_layout()

# Save the figure instead of showing it: this works on a machine without a
# display too.
plt.savefig("history.svg")
print("history.svg written:", Path("history.svg").is_file())
