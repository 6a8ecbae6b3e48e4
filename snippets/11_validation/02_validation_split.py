import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
y_train = (x_train[:, 0] + x_train[:, 1] > 0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# Adam with a learning rate of 0.01 (its default is 0.001), so that this small
# model learns the task within its 10 epochs.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

# Keras keeps the LAST 20% of the samples (rows 160 to 199) for validation and
# trains on the first 160 only: ceil(160 / 32) = 5 weight updates per epoch.
history = model.fit(
    x_train,
    y_train,
    epochs=10,
    batch_size=32,
    validation_split=0.2,
    verbose=0,
)
print("steps per epoch:", history.params["steps"])

# The val_loss of the last epoch is the loss of the final model on the last 40
# rows.
last_rows_loss = model.evaluate(x_train[-40:], y_train[-40:], verbose=0)[0]
print(f"val_loss of the last epoch: {history.history['val_loss'][-1]:.4f}")
print(f"loss on x_train[-40:]:      {last_rows_loss:.4f}")
