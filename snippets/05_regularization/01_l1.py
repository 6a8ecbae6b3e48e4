import keras
import numpy as np
from keras import layers
from keras.regularizers import L1

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# L1 penalty on the kernel (the weight matrix) with strength 0.01.
dense_layer = layers.Dense(
    128, activation="relu", kernel_regularizer=L1(l1=0.01)
)

model = keras.Sequential([keras.Input(shape=(784,)), dense_layer])
model.summary()  # a regularizer adds no parameters, only a term to the loss

# Building the model created the kernel, so the penalty already exists as a
# loss. The layer that owns the kernel lists its penalties in
# dense_layer.losses; the model gathers those of all its layers in
# model.losses.
print("penalties in dense_layer.losses:", len(dense_layer.losses))
print("penalties in model.losses:      ", len(model.losses))

# This layer has exactly one penalty, its kernel's: unpacking it fails if there
# are more.
[kernel_penalty] = dense_layer.losses
kernel = np.asarray(dense_layer.kernel)
by_hand = 0.01 * np.abs(kernel).sum()

print(f"kernel penalty from Keras: {float(kernel_penalty):.4f}")
print(f"0.01 * sum(|kernel|):      {by_hand:.4f}")
