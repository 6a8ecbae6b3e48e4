import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Three classes: the index of the largest of the first three features, after
# some noise, so that the model makes a few mistakes.
rng = np.random.default_rng(0)
x = rng.normal(size=(650, 4)).astype("float32")
y = np.argmax(x[:, :3] + rng.normal(scale=0.3, size=(650, 3)), axis=1)
x_train, y_train = x[:400], y[:400]
x_test, y_test = x[400:], y[400:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)
predicted = np.argmax(model.predict(x_test, verbose=0), axis=1)

# matrix[i, j] counts the test samples of true class i predicted as class j.
# Each pair (i, j) is coded as the number 3 * i + j, and np.bincount counts
# how often each of the 9 codes occurs.
matrix = np.bincount(3 * y_test + predicted, minlength=9).reshape(3, 3)

print("        predicted 0  predicted 1  predicted 2")
for true_class, row in enumerate(matrix):
    counts = "".join(f"{count:13d}" for count in row)
    print(f"true {true_class}" + counts)

# The correct predictions are on the diagonal.
by_hand = np.trace(matrix) / matrix.sum()
_, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"diagonal / total: {by_hand:.2f}, evaluate: {accuracy:.2f}")
