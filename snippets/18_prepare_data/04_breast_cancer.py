import keras
import numpy as np
from keras import layers
from sklearn.datasets import load_breast_cancer

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 569 tumors, 30 measurements each (sizes, areas, textures, ...); label 1
# means benign, 0 malignant.
x, y = load_breast_cancer(return_X_y=True)
x, y = x.astype("float32"), y.astype("float32")
print("data:", x.shape, f"benign: {y.mean():.2f}")
# The features come in very different units.
means = x.mean(axis=0)
print(f"feature means from {means.min():.3f} to {means.max():.0f}")

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

# The Normalization layer learns its statistics from the training part only.
normalizer = layers.Normalization()
normalizer.adapt(x_train)

model = keras.Sequential(
    [
        keras.Input(shape=(30,)),
        normalizer,  # part of the model: it scales every input it is given
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=5, restore_best_weights=True
)
history = model.fit(
    x_train,
    y_train,
    epochs=100,
    validation_data=(x_val, y_val),
    callbacks=[early_stopping],
    verbose=0,
)
print("epochs run:", len(history.history["loss"]), "of 100")

# The test part was used for nothing so far: neither training nor stopping.
test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test accuracy: {test_accuracy:.2f}")
