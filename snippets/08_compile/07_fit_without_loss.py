import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype("float32")
y = (x.sum(axis=1) > 0).astype("float32")

model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(1, activation="sigmoid")]
)
# No arguments at all: compile() accepts this and fills in its defaults.
model.compile()
print("optimizer:", type(model.optimizer).__name__)
print("loss:", model.loss)

# There is no default loss, so fit() has nothing to minimize.
weights_before = model.get_weights()
try:
    history = model.fit(x, y, epochs=3, verbose=0)
    print("fit() ran; loss in each epoch:", history.history["loss"])
except ValueError as error:
    print("fit() raised ValueError:", error)
weights_after = model.get_weights()
changed = any(
    not np.array_equal(a, b) for a, b in zip(weights_before, weights_after)
)
print("weights changed:", changed)

# evaluate() needs a loss too.
try:
    print("evaluate() returned", model.evaluate(x, y, verbose=0))
except ValueError as error:
    print("evaluate() raised ValueError:", error)
