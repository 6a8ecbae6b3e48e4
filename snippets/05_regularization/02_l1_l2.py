import keras
import numpy as np
from keras import layers
from keras.regularizers import L1L2

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Both penalties at once; the keyword arguments are lowercase: l1= and l2=.
dense_layer = layers.Dense(
    128,
    activation="relu",
    kernel_regularizer=L1L2(l1=0.01, l2=0.01),
)

model = keras.Sequential([keras.Input(shape=(784,)), dense_layer])

# One regularizer on the kernel, so one penalty: the L1 and L2 terms added
# together.
[kernel_penalty] = dense_layer.losses
kernel = np.asarray(dense_layer.kernel)
# L2 in Keras is the plain sum of squares (no factor 1/2).
by_hand = 0.01 * np.abs(kernel).sum() + 0.01 * np.square(kernel).sum()

print(
    "kernel penalty from Keras:                    "
    f"{float(kernel_penalty):.4f}"
)
print(f"0.01 * sum(|kernel|) + 0.01 * sum(kernel**2): {by_hand:.4f}")
