import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Multi-label: 3 labels per sample, each 0 or 1 on its own (label j is 1 when
# feature j is above 0), so a sample can have no label, one or several.
rng = np.random.default_rng(0)
x = rng.normal(size=(650, 4)).astype("float32")
y = (x[:, :3] > 0).astype("float32")
x_train, y_train = x[:400], y[:400]
x_test, y_test = x[400:], y[400:]
print("labels of 3 test samples:", y_test[:3].tolist())

# One sigmoid unit per label, and binary cross-entropy on each of them.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)
results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
picked = model.metrics[1].metrics[0]  # model.metrics[0] tracks the loss
print('"accuracy" became:', type(picked).__name__)
print(f"reported accuracy: {results['accuracy']:.2f}")

# Two readings of "accuracy", by hand.
probabilities = model.predict(x_test, verbose=0)
labels_right = np.mean((probabilities > 0.5) == (y_test == 1))
top_is_first = np.mean(
    np.argmax(probabilities, axis=1) == np.argmax(y_test, axis=1)
)
print(f"share of single labels right: {labels_right:.2f}")
print(f"most probable label is the first true one: {top_is_first:.2f}")

# The fix: name the metric you mean, here one right/wrong per label.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=[keras.metrics.BinaryAccuracy(name="accuracy")],
)
fixed = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
print(f"with BinaryAccuracy: {fixed['accuracy']:.2f}")
