import numpy as np
from keras import layers

# A fully connected layer of 128 neurons with the ReLU activation function.
dense_layer = layers.Dense(128, activation="relu")

# The layer does not know its input size yet, so it has no weights yet.
print("weights before the first call:", len(dense_layer.weights))

# Calling it on a batch of 4 samples with 20 features each builds the weights.
rng = np.random.default_rng(0)
x = rng.random((4, 20)).astype("float32")
y = dense_layer(x)

print("input shape: ", x.shape)
print("output shape:", tuple(y.shape))
print("kernel shape:", tuple(dense_layer.kernel.shape))  # one weight per input and neuron
print("bias shape:  ", tuple(dense_layer.bias.shape))  # one bias per neuron
