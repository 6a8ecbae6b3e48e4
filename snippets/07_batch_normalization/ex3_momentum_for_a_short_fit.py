import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Features with mean 5 and std 3, and a target that is linear in them.
rng = np.random.default_rng(0)
x = rng.normal(loc=5.0, scale=3.0, size=(256, 3)).astype("float32")
y = (x @ np.array([[0.5], [-1.0], [0.25]]) + 1.0).astype("float32")


def train(bn):
    keras.utils.set_random_seed(0)  # the same initial weights for both models
    model = keras.Sequential([keras.Input(shape=(3,)), bn, layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
    history = model.fit(x, y, epochs=5, batch_size=32, verbose=0)
    loss = model.evaluate(x, y, verbose=0)
    fit_loss = history.history["loss"][-1]
    moving_mean = np.asarray(bn.moving_mean).round(2)
    print(f"momentum {bn.momentum}:")
    print(f"  fit, last epoch:           loss {fit_loss:.3f}")
    print(f"  evaluate on the same data: loss {loss:.3f}")
    print(f"  moving_mean:               {moving_mean}")
    return model, history, loss


# The diagnosis: fit normalizes with each batch's statistics, evaluate with
# the moving ones. 5 epochs of 8 batches are 40 updates, and with momentum
# 0.99 the moving mean has gone only 1 - 0.99**40 = 33% of the way to 5.
broken_bn = layers.BatchNormalization()
broken, broken_history, broken_loss = train(broken_bn)

# The fix: a shorter memory; with 0.9, 40 updates go 1 - 0.9**40 = 98.5%.
bn = layers.BatchNormalization(momentum=0.9)
model, history, loss = train(bn)
