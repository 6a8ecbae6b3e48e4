import keras
import numpy as np
from keras import layers
from keras.regularizers import L1, L2

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data of the training example: only the first two of 20 features matter.
rng = np.random.default_rng(0)
x = rng.normal(size=(40, 20)).astype("float32")
noise = rng.normal(scale=1.0, size=40)
y = (2.0 * x[:, 0] - 3.0 * x[:, 1] + noise).reshape(-1, 1).astype("float32")


def make_model(regularizer):
    keras.utils.set_random_seed(0)  # the same initial weights for every model
    model = keras.Sequential(
        [
            keras.Input(shape=(20,)),
            layers.Dense(1, kernel_regularizer=regularizer),
        ]
    )
    model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse")
    model.fit(x, y, epochs=5, batch_size=4, verbose=0)
    return model


models = {
    "no regularizer": make_model(None),
    "L1(0.2)": make_model(L1(0.2)),
    "L2(0.2)": make_model(L2(0.2)),
}
kernels = {}
for name, model in models.items():
    kernels[name] = kernel = np.asarray(model.layers[0].kernel).ravel()
    print(
        f"{name:>14}: useful weights {kernel[0]:.2f}, {kernel[1]:.2f}; "
        f"sum(|useless weights|) = {np.abs(kernel[2:]).sum():.3f}; "
        f"sum(w**2) = {np.square(kernel).sum():.2f}"
    )
