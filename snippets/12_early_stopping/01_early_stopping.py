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


# Few training samples and a large network: the model soon memorizes the
# training set, and its loss on the held-out validation set starts to grow
# (overfitting).
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

# Stop once val_loss has not improved on its best value for 3 epochs in a row,
# then put back the weights of the epoch that had the lowest val_loss.
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss",
    patience=3,
    restore_best_weights=True,
)

history = model.fit(
    x_train,
    y_train,
    epochs=100,  # an upper limit; early stopping ends training long before
    batch_size=8,
    validation_data=(x_val, y_val),
    callbacks=[early_stopping],
    verbose=0,
)

for epoch, val_loss in enumerate(history.history["val_loss"], start=1):
    print(f"epoch {epoch}: val_loss {val_loss:.3f}")
print("epochs run:", len(history.history["val_loss"]), "of 100")
print("best epoch:", early_stopping.best_epoch + 1)  # best_epoch counts from 0
val_loss_now = model.evaluate(x_val, y_val, verbose=0)
print(f"val_loss of the restored model: {val_loss_now:.3f}")
