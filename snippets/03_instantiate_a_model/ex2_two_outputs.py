import keras
import numpy as np
from keras import layers

# One input, a hidden layer that both outputs share, and two outputs: which of
# 10 digits the image shows, and the probability that the digit is odd.
inputs = keras.Input(shape=(784,), name="image_features")
shared = layers.Dense(64, activation="relu")(inputs)
digit = layers.Dense(10, activation="softmax", name="digit")(shared)
odd = layers.Dense(1, activation="sigmoid", name="odd")(shared)

model = keras.Model(inputs=inputs, outputs=[digit, odd])

rng = np.random.default_rng(0)
samples = rng.random((4, 784))
digit_probabilities, odd_probability = model.predict(samples, verbose=0)
print("outputs:", len(model.outputs))
print("digit:", digit_probabilities.shape, "odd:", odd_probability.shape)
rows_sum_to_1 = np.allclose(digit_probabilities.sum(axis=1), 1.0, atol=1e-5)
print("each digit row sums to 1:", rows_sum_to_1)
# 784*64 + 64 = 50,240 shared; 64*10 + 10 = 650; 64*1 + 1 = 65
print("parameters:", model.count_params())
