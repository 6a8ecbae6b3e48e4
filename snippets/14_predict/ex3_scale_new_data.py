import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Four features measured in different units, each with its own usual value
# and spread. The label is 1 when the first two are above their usual
# values, taken together.
rng = np.random.default_rng(0)
usual = np.array([20.0, 60.0, 1000.0, 5.0])
spread = np.array([5.0, 15.0, 100.0, 1.0])


def measure(n):
    x = rng.normal(usual, spread, size=(n, 4)).astype("float32")
    z = (x - usual) / spread
    return x, (z[:, 0] + z[:, 1] > 0).astype("float32")


# Training data, standardized with the mean and standard deviation of each
# feature: the model only ever sees values around 0.
x_train, y_train = measure(200)
mean, std = x_train.mean(axis=0), x_train.std(axis=0)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit((x_train - mean) / std, y_train, epochs=10, verbose=0)

x_new, y_new = measure(100)
true_counts = np.bincount(y_new.astype("int32"), minlength=2)
print(f"true labels: classes 0/1 {true_counts}")


def report(name, x):
    """How many new samples go to each class, and how many are right."""
    predicted = (model.predict(x, verbose=0).ravel() > 0.5).astype("int32")
    counts = np.bincount(predicted, minlength=2)
    accuracy = np.mean(predicted == y_new)
    print(f"{name}: classes 0/1 {counts}, accuracy {accuracy:.2f}")
    return counts, accuracy


# The bug: raw measurements, in units the model has never seen.
raw_counts, raw_accuracy = report("raw x_new", x_new)
# The fix: the same transformation as the training data, with the training
# mean and std (not statistics of the new samples).
counts, accuracy = report("standardized", (x_new - mean) / std)
