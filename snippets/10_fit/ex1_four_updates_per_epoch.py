import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data and the model of 01_fit.py.
rng = np.random.default_rng(0)
train_data = rng.normal(size=(200, 4)).astype("float32")
train_labels = keras.utils.to_categorical(
    np.argmax(train_data[:, :3], axis=1),
    3,
)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

# ceil(200 / batch_size) = 4 for any batch_size from 50 to 66: with 50, each
# epoch makes 4 updates of exactly 50 samples.
history = model.fit(
    train_data,
    train_labels,
    epochs=10,
    batch_size=50,
    verbose=0,
)

print("steps per epoch:", history.params["steps"])
print("updates in all:", int(model.optimizer.iterations))
print(f"final accuracy: {history.history['accuracy'][-1]:.3f}")
