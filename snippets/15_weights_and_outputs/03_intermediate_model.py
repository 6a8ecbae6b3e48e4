import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

model = keras.Sequential(
    [
        keras.Input(shape=(3,)),
        layers.Dense(4, activation="relu"),
        layers.Dense(1),
    ]
)

# A new model from the same input to the output of the first layer. It reuses
# that layer (no copy), so it always sees the current weights of the original
# model.
intermediate_model = keras.Model(
    inputs=model.inputs, outputs=model.layers[0].output
)

# The actual output values of the first layer for some input.
rng = np.random.default_rng(0)
x_test = rng.normal(size=(5, 3)).astype("float32")
intermediate_output = intermediate_model.predict(x_test, verbose=0)
print(
    "shape:", intermediate_output.shape
)  # (samples, units of the first layer)
print(np.round(intermediate_output, 3))

# The same numbers by hand: relu(x @ kernel + bias).
kernel, bias = model.layers[0].get_weights()
by_hand = np.maximum(x_test @ kernel + bias, 0.0)
print(
    "equals relu(x @ kernel + bias):",
    np.allclose(intermediate_output, by_hand, atol=1e-6),
)
