import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Binary task: the label is 1 when the first two features add up to more
# than 0.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = (x[:, 0] + x[:, 1] > 0).astype("float32")
x_train, y_train = x[:200], y[:200]
x_test, y_test = x[200:], y[200:]

# One sigmoid unit: its output is the probability of class 1.
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
model.fit(x_train, y_train, epochs=10, verbose=0)

# By hand: class 1 when the probability is above 0.5. predict() gives
# shape (100, 1), so ravel() it to compare with the 100 labels.
probabilities = model.predict(x_test, verbose=0)
predicted_classes = (probabilities.ravel() > 0.5).astype("float32")
by_hand = np.mean(predicted_classes == y_test)

_, accuracy = model.evaluate(x_test, y_test, verbose=0)
print("probabilities:", probabilities.shape)
print(f"by hand: {by_hand:.3f}, evaluate: {accuracy:.3f}")
