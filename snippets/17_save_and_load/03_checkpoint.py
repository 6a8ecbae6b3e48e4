import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    # Ten features, but the label depends (noisily) on the first one only.
    x = rng.normal(size=(n, 10)).astype("float32")
    y = (x[:, 0] + 0.5 * rng.normal(size=n) > 0).astype("float32")
    return x, y


# Few training samples and a large network: the validation loss soon starts
# to grow (overfitting), as on the early stopping page.
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

# After each epoch, save the whole model to best.keras, but only when val_loss
# is lower than at every epoch before.
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.keras", monitor="val_loss", save_best_only=True
)
# Stop 3 epochs after the best one. No restore_best_weights: the model in
# memory ends with the weights of the last epoch.
early_stopping = keras.callbacks.EarlyStopping(monitor="val_loss", patience=3)

history = model.fit(
    x_train,
    y_train,
    epochs=100,
    batch_size=8,
    validation_data=(x_val, y_val),
    callbacks=[checkpoint, early_stopping],
    verbose=0,
)
val_losses = history.history["val_loss"]
print("epochs run:", len(val_losses))
print("lowest val_loss at epoch:", np.argmin(val_losses) + 1)

best = keras.models.load_model("best.keras")
# The optimizer takes one step per batch: 40 samples / 8 = 5 steps an epoch.
# Its step count, saved with the model, tells how long it had trained.
steps = int(best.optimizer.iterations)
print("the saved model had trained for", steps // 5, "epochs")

best_loss = best.evaluate(x_val, y_val, batch_size=8, verbose=0)
last_loss = model.evaluate(x_val, y_val, batch_size=8, verbose=0)
print(
    "saved model has the lowest val_loss:",
    np.isclose(best_loss, min(val_losses)),
)
print(
    f"val_loss: saved model {best_loss:.2f}, model after fit {last_loss:.2f}"
)
