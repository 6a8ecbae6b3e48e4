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
rng = np.random.default_rng(0)
x = rng.normal(size=(5, 3)).astype("float32")

# The weights of the first layer: a list of NumPy arrays, [kernel, bias] for a
# Dense layer.
weights = model.layers[0].get_weights()
kernel, bias = weights
print(
    "kernel:", kernel.shape, "bias:", bias.shape
)  # (inputs, units) and (units,)

# The weights of the whole model: every layer's arrays in one list, in layer
# order.
all_weights = model.get_weights()
print("model:", [w.shape for w in all_weights])

before = model.predict(x, verbose=0)

# Set the weights of the first layer: a list with the same number and shapes of
# arrays. With a zero kernel (and the zero bias of a new layer) the hidden
# layer outputs only zeros, so every prediction becomes the bias of the last
# layer.
model.layers[0].set_weights([np.zeros_like(kernel), bias])
after = model.predict(x, verbose=0)
print("before:", np.round(before.ravel(), 3))
print("after: ", np.round(after.ravel(), 3))

# Put all the original weights back at once; the predictions are restored.
model.set_weights(all_weights)
restored = model.predict(x, verbose=0)
print("restored:", np.allclose(restored, before))
