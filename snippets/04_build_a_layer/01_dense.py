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
print(
    "kernel shape:", tuple(dense_layer.kernel.shape)
)  # one weight per input and neuron
print("bias shape:  ", tuple(dense_layer.bias.shape))  # one bias per neuron

# Dense acts on the last axis, so inputs with more axes work too: here 4
# samples of 5 steps with 20 features each. The same kernel is applied at each
# of the 5 steps.
steps = rng.random((4, 5, 20)).astype("float32")
y_steps = dense_layer(steps)
print("3-axis input:", steps.shape, "-> output:", tuple(y_steps.shape))
