import keras
import numpy as np
from keras import layers
from keras.regularizers import L1

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# L1 penalty on the kernel (the weight matrix) with strength 0.01.
dense_layer = layers.Dense(128, activation="relu", kernel_regularizer=L1(l1=0.01))

model = keras.Sequential([keras.Input(shape=(784,)), dense_layer])
model.summary()  # a regularizer adds no parameters, only a term to the loss

# Building the model created the kernel, so the penalty already exists as a loss.
penalty = float(model.losses[0])
kernel = np.asarray(dense_layer.kernel)
by_hand = 0.01 * np.abs(kernel).sum()

print("losses added by the layer:", len(model.losses))
print(f"penalty from Keras:     {penalty:.4f}")
print(f"0.01 * sum(|kernel|):   {by_hand:.4f}")
