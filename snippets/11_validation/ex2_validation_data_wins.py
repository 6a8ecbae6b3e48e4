import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data and the model of 01_validation_data.py.
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
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

# Both ways at once: validation_data is used, validation_split is ignored.
history = model.fit(
    x_train,
    y_train,
    epochs=10,
    batch_size=32,
    validation_data=(x_val, y_val),
    validation_split=0.2,
    verbose=0,
)

# All 200 samples were trained on: ceil(200 / 32) = 7 steps, not
# ceil(160 / 32) = 5.
print("steps per epoch:", history.params["steps"])
# And the val_loss was measured on x_val, not on the last 40 rows.
val_loss = model.evaluate(x_val, y_val, verbose=0)[0]
print(f"val_loss of the last epoch: {history.history['val_loss'][-1]:.4f}")
print(f"loss on x_val:              {val_loss:.4f}")
