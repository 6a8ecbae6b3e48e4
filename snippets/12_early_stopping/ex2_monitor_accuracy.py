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
# "val_accuracy" exists only if the model measures the accuracy.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

# mode="auto" finds "accuracy" among the compiled metrics: higher is better.
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_accuracy",
    patience=3,
    restore_best_weights=True,
)
history = model.fit(
    x_train,
    y_train,
    epochs=100,
    batch_size=8,
    validation_data=(x_val, y_val),
    callbacks=[early_stopping],
    verbose=0,
)

val_accuracies = history.history["val_accuracy"]
for epoch, val_accuracy in enumerate(val_accuracies, start=1):
    print(f"epoch {epoch}: val_accuracy {val_accuracy:.3f}")
# An epoch that only equals the best is no improvement: the best epoch is
# the first one to reach the highest value.
print("best epoch:", early_stopping.best_epoch + 1)
val_loss_now, val_accuracy_now = model.evaluate(x_val, y_val, verbose=0)
print(f"val_accuracy of the restored model: {val_accuracy_now:.3f}")
