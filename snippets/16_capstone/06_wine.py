import keras
import numpy as np
from keras import layers
from sklearn.datasets import load_wine

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 178 wines from three growers (classes 0, 1 and 2), 13 chemical
# measurements each, in very different units: the hue of a wine is about 1,
# its proline content in the hundreds.
x, y = load_wine(return_X_y=True)
x = x.astype("float32")
print("data:", x.shape, "wines per class:", np.bincount(y))
print("hue from", x[:, 10].min(), "to", x[:, 10].max())
print("proline from", x[:, 12].min(), "to", x[:, 12].max())

# Shuffle once, then split 60/20/20 into train, validation and test.
rng = np.random.default_rng(0)
shuffled = rng.permutation(len(x))
n_train, n_val = int(0.6 * len(x)), int(0.2 * len(x))
train_rows, val_rows, test_rows = np.split(
    shuffled, [n_train, n_train + n_val]
)
x_train, y_train = x[train_rows], y[train_rows]
x_val, y_val = x[val_rows], y[val_rows]
x_test, y_test = x[test_rows], y[test_rows]
print("train, validation, test:", len(x_train), len(x_val), len(x_test))

# Each feature scaled with the mean and variance of the training part only
# (which then has mean 0 and standard deviation 1 per feature).
normalizer = layers.Normalization()
normalizer.adapt(x_train)

model = keras.Sequential(
    [
        keras.Input(shape=(13,)),
        normalizer,
        layers.Dense(32, activation="relu"),
        layers.Dropout(0.2),
        layers.Dense(3, activation="softmax"),  # one probability per class
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",  # labels are 0, 1 or 2
    metrics=["accuracy"],
)
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=5, restore_best_weights=True
)
history = model.fit(
    x_train,
    y_train,
    validation_data=(x_val, y_val),
    epochs=100,
    batch_size=16,
    callbacks=[early_stopping],
    verbose=0,
)
print("epochs run:", len(history.epoch), "of 100")
test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test accuracy: {test_accuracy:.2f}")

# The class of each of the first 8 test wines: the most probable one.
probabilities = model.predict(x_test[:8], verbose=0)
print("predicted:", np.argmax(probabilities, axis=1))
print("true:     ", y_test[:8])
