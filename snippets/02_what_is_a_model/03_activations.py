import keras
import numpy as np

# Weighted sums (pre-activations) of five neurons.
z = np.array([-2.0, -0.5, 0.0, 1.0, 3.0], dtype="float32")

# relu and sigmoid act on each value separately; softmax looks at the whole
# vector and turns it into probabilities that add up to 1.
relu = keras.ops.convert_to_numpy(keras.activations.relu(z))
sigmoid = keras.ops.convert_to_numpy(keras.activations.sigmoid(z))
softmax = keras.ops.convert_to_numpy(keras.activations.softmax(z))

np.set_printoptions(precision=3, suppress=True)
print("z:      ", z)
print("relu:   ", relu)
print("sigmoid:", sigmoid)
print("softmax:", softmax, "sum =", f"{softmax.sum():.3f}")
