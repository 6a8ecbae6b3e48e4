import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data and the model of 02_validation_split.py.
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
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

# 40% of 200 samples: the last 80 rows validate, the first 120 train, in
# ceil(120 / 32) = 4 batches per epoch.
history = model.fit(
    x_train,
    y_train,
    epochs=10,
    batch_size=32,
    validation_split=0.4,
    verbose=0,
)
print("steps per epoch:", history.params["steps"])

last_rows_loss = model.evaluate(x_train[-80:], y_train[-80:], verbose=0)[0]
print(f"val_loss of the last epoch: {history.history['val_loss'][-1]:.4f}")
print(f"loss on x_train[-80:]:      {last_rows_loss:.4f}")
