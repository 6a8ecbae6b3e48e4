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


def make_model():
    return keras.Sequential(
        [
            keras.Input(shape=(10,)),
            layers.Dense(64, activation="relu"),
            layers.Dense(64, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ]
    )


# With save_weights_only=True, the name must end in .weights.h5.
try:
    keras.callbacks.ModelCheckpoint(
        "best.h5", save_best_only=True, save_weights_only=True
    )
except ValueError as error:
    print("best.h5 refused:", type(error).__name__)

model = make_model()
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
)
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.weights.h5",
    monitor="val_loss",
    save_best_only=True,
    save_weights_only=True,
)
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

# Only numbers in the file: build the model again, load them, then compile
# it to evaluate it (the loss is not in a weights file either).
best = make_model()
best.load_weights("best.weights.h5")
best.compile(loss="binary_crossentropy")
best_loss = best.evaluate(x_val, y_val, batch_size=8, verbose=0)
print(
    "loaded weights give the lowest val_loss:",
    np.isclose(best_loss, min(val_losses)),
)
print(f"val_loss: loaded weights {best_loss:.2f}")
