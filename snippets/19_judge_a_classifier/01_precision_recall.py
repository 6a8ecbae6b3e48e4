import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Binary task with noisy labels: 1 when the first two features plus some
# noise add up to more than 0.5, so that no model is right every time.
rng = np.random.default_rng(0)
x = rng.normal(size=(600, 4)).astype("float32")
noise = rng.normal(scale=0.5, size=600)
y = (x[:, 0] + x[:, 1] + noise > 0.5).astype("float32")
x_train, y_train = x[:400], y[:400]
x_test, y_test = x[400:], y[400:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# Precision and recall count a probability above 0.5 as a prediction of 1.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy", keras.metrics.Precision(), keras.metrics.Recall()],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
print({name: round(value, 2) for name, value in results.items()})

# The same two numbers by hand, from predict and the 0.5 threshold.
predicted = model.predict(x_test, verbose=0).ravel() > 0.5
actual = y_test == 1
true_positives = np.sum(predicted & actual)
false_positives = np.sum(predicted & ~actual)
false_negatives = np.sum(~predicted & actual)
print("true positives:", true_positives)
print("false positives:", false_positives)
print("false negatives:", false_negatives)
precision = true_positives / (true_positives + false_positives)
recall = true_positives / (true_positives + false_negatives)
print(f"by hand: precision {precision:.2f}, recall {recall:.2f}")
