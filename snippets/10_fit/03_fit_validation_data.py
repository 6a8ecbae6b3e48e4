import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    # The class is the index of the largest of the first three features.
    x = rng.normal(size=(n, 4)).astype("float32")
    return x, keras.utils.to_categorical(np.argmax(x[:, :3], axis=1), 3)


# Separate samples for training and for validation: the model never trains on
# val_data.
train_data, train_labels = make_data(200)
val_data, val_labels = make_data(100)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
# Adam with a learning rate of 0.01 (its default is 0.001), so that this small
# model learns the task within its 10 epochs.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

# At the end of every epoch, Keras evaluates the model on the validation data
# and records the results under the same names with a "val_" prefix.
history = model.fit(
    train_data,
    train_labels,
    epochs=10,
    batch_size=32,
    validation_data=(val_data, val_labels),
    verbose=0,
)

print("metrics recorded:", list(history.history))
print(
    f"last epoch: loss {history.history['loss'][-1]:.3f}, "
    f"val_loss {history.history['val_loss'][-1]:.3f}"
)
