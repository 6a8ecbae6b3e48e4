import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 8 features, 3 classes; training and validation data drawn the same way.
rng = np.random.default_rng(0)
weights = rng.normal(size=(8, 3))


def make_data(samples):
    x = rng.normal(size=(samples, 8)).astype("float32")
    return x, np.argmax(x @ weights, axis=1)


x, y = make_data(300)
x_val, y_val = make_data(300)

model = keras.Sequential(
    [
        keras.Input(shape=(8,)),
        layers.Dense(32, activation="relu"),
        layers.Dropout(0.5),
        layers.Dense(32, activation="relu"),
        layers.Dropout(0.5),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(x, y, validation_data=(x_val, y_val), epochs=10, verbose=0)
loss, val_loss = history.history["loss"], history.history["val_loss"]
above = sum(t > v for t, v in zip(loss, val_loss))
print(f"epochs with training loss above validation loss: {above} of 10")
print(f"last epoch: loss {loss[-1]:.3f}, val_loss {val_loss[-1]:.3f}")

# fit reports the training loss with dropout on (training=True), averaged
# over the epoch; evaluate runs the final model with dropout off.
train_loss, _ = model.evaluate(x, y, verbose=0)
print(f"evaluate on the training data: loss {train_loss:.3f}")
