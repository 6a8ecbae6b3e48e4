import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(5, 4)).astype("float32")


def stack_and_single(hidden_activation):
    """Dense(8) then Dense(1), and one Dense(1) with the combined weights."""
    first = layers.Dense(8, activation=hidden_activation)
    second = layers.Dense(1)
    stacked = keras.ops.convert_to_numpy(second(first(x)))
    w1, b1 = first.get_weights()
    w2, b2 = second.get_weights()
    # (x @ w1 + b1) @ w2 + b2 is x @ (w1 @ w2) + (b1 @ w2 + b2): one layer.
    single = layers.Dense(1)
    single.build((None, 4))
    single.set_weights([w1 @ w2, b1 @ w2 + b2])
    combined = keras.ops.convert_to_numpy(single(x))
    gap = float(np.max(np.abs(stacked - combined)))
    return gap, first.count_params() + second.count_params(), single


linear_gap, stack_params, single = stack_and_single(None)
relu_gap, _, _ = stack_and_single("relu")
single_params = single.count_params()
print(f"parameters: {stack_params} in the stack, {single_params} in one layer")
print(f"no activation: largest difference {linear_gap:.6f}")
print(f"ReLU:          largest difference {relu_gap:.6f}")
