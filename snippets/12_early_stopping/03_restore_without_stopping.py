import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    x = rng.normal(size=(n, 10)).astype("float32")
    y = (x[:, 0] + 0.5 * rng.normal(size=n) > 0).astype("float32")
    return x, y


x_train, y_train = make_data(40)
x_val, y_val = make_data(200)

model = keras.Sequential(
    [
        keras.Input(shape=(10,)),
        layers.Dense(64, activation="relu"),
        layers.Dense(64, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
)

# The patience is longer than the whole training run, so training is never
# stopped early.
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=20, restore_best_weights=True
)
history = model.fit(
    x_train,
    y_train,
    epochs=10,
    batch_size=8,
    validation_data=(x_val, y_val),
    callbacks=[early_stopping],
    verbose=0,
)

val_losses = history.history["val_loss"]
print("stopped early:", early_stopping.stopped_epoch > 0)
print(
    f"val_loss: best {min(val_losses):.3f} "
    f"(epoch {early_stopping.best_epoch + 1}), "
    f"last epoch {val_losses[-1]:.3f}"
)
# The best weights are put back at the end of training all the same.
print(f"val_loss after fit: {model.evaluate(x_val, y_val, verbose=0):.3f}")
