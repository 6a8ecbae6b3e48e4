import keras
import numpy as np
from keras import layers
from keras.regularizers import L1

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 60 features, of which only the first two matter, and 40 training samples.
rng = np.random.default_rng(0)


def make_data(samples):
    x = rng.normal(size=(samples, 60)).astype("float32")
    noise = rng.normal(scale=1.0, size=samples)
    y = 2.0 * x[:, 0] - 3.0 * x[:, 1] + noise
    return x, y.reshape(-1, 1).astype("float32")


x, y = make_data(40)
x_val, y_val = make_data(200)


def train(name, regularizer):
    keras.utils.set_random_seed(0)  # the same initial weights for both models
    model = keras.Sequential(
        [
            keras.Input(shape=(60,)),
            layers.Dense(1, kernel_regularizer=regularizer),
        ]
    )
    # The "mse" metric is the error alone, without the penalty that the loss
    # includes, so the two models can be compared.
    model.compile(
        optimizer=keras.optimizers.SGD(0.02),
        loss="mse",
        metrics=["mse"],
    )
    history = model.fit(x, y, epochs=20, batch_size=4, verbose=0)
    mse = history.history["mse"][-1]
    _, val_mse = model.evaluate(x_val, y_val, verbose=0)
    print(f"{name}: training MSE {mse:.2f}, validation MSE {val_mse:.2f}")
    return model, history, val_mse


# The diagnosis: 60 weights for 40 samples are enough to fit every training
# sample, noise included. The training MSE falls far below the noise level
# (the noise has variance 1), while the validation MSE stays high.
plain, plain_history, plain_val_mse = train("no regularizer", None)

# The fix: an L1 penalty pushes the 58 useless weights towards zero.
model, history, val_mse = train("L1(0.5)", L1(0.5))
