import keras
import numpy as np
from keras import layers
from keras.regularizers import L1

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

dense_layer = layers.Dense(128, activation="relu", kernel_regularizer=L1(0.01))
# The string "l2" stands for L2(0.01).
output_layer = layers.Dense(10, activation="softmax", kernel_regularizer="l2")
model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        dense_layer,
        output_layer,
    ]
)

# Each layer lists its own penalty; the model gathers both.
print("penalties in dense_layer.losses: ", len(dense_layer.losses))
print("penalties in output_layer.losses:", len(output_layer.losses))
print("penalties in model.losses:       ", len(model.losses))

[output_penalty] = output_layer.losses
output_kernel = np.asarray(output_layer.kernel)
by_hand = 0.01 * np.square(output_kernel).sum()
print(f"output penalty from Keras: {float(output_penalty):.4f}")
print(f"0.01 * sum(kernel**2):     {by_hand:.4f}")
