import keras
import numpy as np
from keras import layers

# Four features measured in different units: each has its own usual value
# (20, 60, 1000 and 5) and its own spread.
rng = np.random.default_rng(0)
usual = np.array([20.0, 60.0, 1000.0, 5.0])
spread = np.array([5.0, 15.0, 100.0, 1.0])
x_train = rng.normal(usual, spread, size=(200, 4)).astype("float32")
x_test = rng.normal(usual, spread, size=(50, 4)).astype("float32")


def describe(name, x):
    # + 0.0 prints a mean of -0.0 as 0.0.
    print(f"{name} mean:", np.round(x.mean(axis=0), 1) + 0.0)
    print(f"{name} std: ", np.round(x.std(axis=0), 1) + 0.0)


describe("raw       ", x_train)

# adapt() computes the mean and variance of each feature (each column) of
# the TRAINING data, once, and stores them in the layer.
normalizer = layers.Normalization()
normalizer.adapt(x_train)
# Its mean has the shape (1, 4): one value per feature, ready to broadcast.
stored_mean = keras.ops.convert_to_numpy(normalizer.mean)
stored_std = np.sqrt(keras.ops.convert_to_numpy(normalizer.variance))
print("stored     mean:", np.round(stored_mean[0], 1))
print("stored     std: ", np.round(stored_std[0], 1))

# Calling the layer subtracts that mean and divides by the standard deviation.
x_train_scaled = keras.ops.convert_to_numpy(normalizer(x_train))
describe("normalized", x_train_scaled)

# New data is scaled with the same training statistics: close to 0 and 1,
# not exactly, because the layer never saw these samples.
x_test_scaled = keras.ops.convert_to_numpy(normalizer(x_test))
describe("test      ", x_test_scaled)
