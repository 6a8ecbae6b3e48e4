import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    # Binary labels that depend on the features (plus some noise), so they can
    # be learned.
    x = rng.normal(size=(n, 4)).astype("float32")
    y = (x[:, 0] + x[:, 1] + 0.5 * rng.normal(size=n) > 0).astype("float32")
    return x, y


# Two separate sets: the model is trained on (x_train, y_train) only, and
# (x_val, y_val) is held out to measure how well it does on samples it has not
# seen.
x_train, y_train = make_data(200)
x_val, y_val = make_data(100)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# Adam with a learning rate of 0.01 (its default is 0.001), so that this small
# model learns the task within the 10 epochs shown.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)

history = model.fit(
    x_train,
    y_train,
    epochs=10,
    batch_size=32,
    validation_data=(x_val, y_val),
    verbose=0,
)

for epoch in range(10):
    print(
        f"epoch {epoch + 1:2d}: "
        f"loss {history.history['loss'][epoch]:.3f}, "
        f"val_loss {history.history['val_loss'][epoch]:.3f}, "
        f"val_accuracy {history.history['val_accuracy'][epoch]:.3f}"
    )
