import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)


def build():
    """The architecture of both models."""
    return keras.Sequential(
        [
            keras.Input(shape=(3,)),
            layers.Dense(4, activation="relu"),
            layers.Dense(1),
        ]
    )


model = build()
copy = build()  # same architecture, its own random initial weights
rng = np.random.default_rng(0)
x = rng.normal(size=(5, 3)).astype("float32")

original = model.predict(x, verbose=0)
before = copy.predict(x, verbose=0)
print("same predictions before:", np.allclose(before, original))

# One call copies every array, layer by layer, in order.
copy.set_weights(model.get_weights())
after = copy.predict(x, verbose=0)
print("same predictions after: ", np.allclose(after, original))

# The copy holds its own arrays: changing the original later does not
# change it.
kernel, bias = model.layers[0].get_weights()
model.layers[0].set_weights([kernel * 2.0, bias])
still = copy.predict(x, verbose=0)
print("copy unchanged by the original:", np.allclose(still, after))
