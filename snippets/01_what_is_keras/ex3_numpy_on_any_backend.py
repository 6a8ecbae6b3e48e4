import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

x = rng.random((300, 4))
y = (x[:, 0] + x[:, 1] > 1.0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit(x[:200], y[:200], epochs=10, batch_size=32, verbose=0)

# model(...) returns a tensor of the backend's library. TensorFlow's eager
# tensors have a .numpy() method; JAX arrays have none.
# keras.ops.convert_to_numpy turns the tensor of any backend into a NumPy
# array.
outputs = model(x[200:205])
print("model output type:", type(outputs).__name__)
probabilities = keras.ops.convert_to_numpy(outputs)[:, 0]

np.set_printoptions(precision=3)
print("probabilities:   ", probabilities)
print("predicted labels:", (probabilities > 0.5).astype(int))
print("true labels:     ", y[200:205].astype(int))
