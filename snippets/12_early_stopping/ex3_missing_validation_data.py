import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


# The data and the model of 01_early_stopping.py.
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

early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss",
    patience=3,
    restore_best_weights=True,
)
# The cause: without validation data, fit() records no "val_loss". The
# callback finds none at the end of every epoch (Python shows its warning
# once), never stops training and has no best weights to restore. The fix:
# validation_data.
history = model.fit(
    x_train,
    y_train,
    epochs=30,
    batch_size=8,
    validation_data=(x_val, y_val),
    callbacks=[early_stopping],
    verbose=0,
)

print("metrics recorded:", list(history.history))
print("epochs run:", len(history.history["val_loss"]), "of 30")
print("best epoch:", early_stopping.best_epoch + 1)
val_loss_now = model.evaluate(x_val, y_val, verbose=0)
print(f"best val_loss: {min(history.history['val_loss']):.3f}")
print(f"val_loss of the restored model: {val_loss_now:.3f}")
