import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = keras.utils.to_categorical(np.argmax(x[:, :3], axis=1), num_classes=3)
# Keep a test set apart: the model never trains on it.
x_train, y_train = x[:200], y[:200]
x_test, y_test = x[200:], y[200:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
# A learning rate 10 times the default, so that this small example learns in a
# few epochs.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

# With one metric, evaluate returns [loss, accuracy] in that order.
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test loss {loss:.3f}, test accuracy {accuracy:.3f}")

# return_dict=True names each value, which is safer once there are several
# metrics.
results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
print({name: round(value, 3) for name, value in results.items()})
