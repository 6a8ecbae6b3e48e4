import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# A number to predict: a linear function of the features plus a little noise.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = x @ np.array([1.5, -2.0, 0.5, 3.0]) + 0.1 * rng.normal(size=300)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        # no activation (linear): the output can be any real number
        layers.Dense(1),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="mean_squared_error",
    metrics=["mae"],  # mean absolute error, in the same unit as y
)

loss_before, _ = model.evaluate(x, y, verbose=0)
model.fit(x, y, epochs=10, batch_size=32, verbose=0)
loss_after, mae = model.evaluate(x, y, verbose=0)
print(f"mean squared error before training: {loss_before:.3f}")
print(
    f"mean squared error after training:  {loss_after:.3f} "
    f"(mean absolute error {mae:.3f})"
)
