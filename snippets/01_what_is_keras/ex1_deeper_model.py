import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# The data of 02_define_train_evaluate.py: the label is 1 when the first two
# features add up to more than 1.
x = rng.random((300, 4))
y = (x[:, 0] + x[:, 1] > 1.0).astype("float32")

# A second hidden layer of 8 neurons between the 16 neurons and the output.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(8, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# 4 * 16 + 16 = 80, then 16 * 8 + 8 = 136, then 8 * 1 + 1 = 9: 225 in all.
print("parameters:", model.count_params())

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit(x[:200], y[:200], epochs=10, batch_size=32, verbose=0)

loss, accuracy = model.evaluate(x[200:], y[200:], verbose=0)
print(f"test loss: {loss:.3f}")
print(f"test accuracy: {accuracy:.2f}")
