import keras
import numpy as np
from keras import layers
from keras.regularizers import L1, L2

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# kernel_regularizer penalizes the weights, bias_regularizer the biases, and
# activity_regularizer the layer's output.
layer = layers.Dense(
    4,
    # Non-zero biases, so that their penalty is visible.
    bias_initializer="ones",
    kernel_regularizer=L1(0.01),
    bias_regularizer=L2(0.1),
    activity_regularizer=L1(0.01),
)
model = keras.Sequential([keras.Input(shape=(3,)), layer])

# Weight penalties exist as soon as the (trainable) weights do.
print("before any data:", len(model.losses), "penalties")

# The activity penalty depends on the data, so it appears once the model is
# called.
rng = np.random.default_rng(0)
x = rng.normal(size=(8, 3)).astype("float32")
outputs = np.asarray(model(x))
print("after one call: ", len(model.losses), "penalties")

# layer.losses lists first the penalties added while the layer ran (the
# activity penalty), then those of its trainable weights, in that order:
# kernel, then bias.
print(
    "layer.trainable_weights:",
    [weight.name for weight in layer.trainable_weights],
)
activity_penalty, kernel_penalty, bias_penalty = layer.losses

# Keras averages the activity penalty over the samples of the batch.
print(
    f"activity: {float(activity_penalty):.4f}  "
    "0.01 * sum(|outputs|) / batch size = "
    f"{0.01 * np.abs(outputs).sum() / len(x):.4f}"
)
print(
    f"kernel:   {float(kernel_penalty):.4f}  0.01 * sum(|kernel|) = "
    f"{0.01 * np.abs(np.asarray(layer.kernel)).sum():.4f}"
)
print(
    f"bias:     {float(bias_penalty):.4f}  0.1 * sum(bias**2) = "
    f"{0.1 * np.square(np.asarray(layer.bias)).sum():.4f}"
)
