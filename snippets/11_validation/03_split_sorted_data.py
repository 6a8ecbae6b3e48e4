import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# A data set stored in order: all samples of class 0 first, then all samples of
# class 1.
rng = np.random.default_rng(0)
x = rng.normal(size=(200, 4)).astype("float32")
y = (x[:, 0] + x[:, 1] > 0).astype("float32")
order = np.argsort(y, kind="stable")
x, y = x[order], y[order]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"]
)

# shuffle=True (the default) shuffles the training part only, after the split:
# the validation set is still the last 40 rows, and they are all of class 1.
history = model.fit(
    x, y, epochs=3, validation_split=0.2, shuffle=True, verbose=0
)
last_rows_loss = model.evaluate(x[-40:], y[-40:], verbose=0)[0]
print(
    f"val_loss {history.history['val_loss'][-1]:.4f} = "
    f"loss on x[-40:] {last_rows_loss:.4f}"
)
print(f"class 1 in the validation set: {y[-40:].mean():.0%}")

# The fix: shuffle features and labels together yourself before calling fit().
shuffled = rng.permutation(len(x))
x_shuffled, y_shuffled = x[shuffled], y[shuffled]
print(
    f"class 1 in the last 20% after shuffling: {y_shuffled[-40:].mean():.0%}"
)
