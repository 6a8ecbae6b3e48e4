import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
# Integer labels 0, 1 or 2: no to_categorical this time.
y = np.argmax(x[:, :3], axis=1)
x_train, y_train = x[:200], y[:200]
x_test, y_test = x[200:], y[200:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
# The sparse loss takes integer labels; "accuracy" adapts to them.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
print("labels:", y_test[:5], "shape", y_test.shape)
print(f"test accuracy {results['accuracy']:.3f}")

# The metric that "accuracy" became (model.metrics[0] tracks the loss).
picked = model.metrics[1].metrics[0]
print("accuracy metric used:", type(picked).__name__)
