import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Synthetic data: 4 features; the class is the index of the largest of the
# first three, so there is a pattern to learn. Labels are one-hot for
# categorical_crossentropy.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = keras.utils.to_categorical(np.argmax(x[:, :3], axis=1), num_classes=3)
x_train, y_train = x[:240], y[:240]
x_val, y_val = x[240:], y[240:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
# Adam with a learning rate of 0.01 (its default is 0.001), so that this small
# model learns the task within the 10 epochs shown.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

history = model.fit(
    x_train,
    y_train,
    epochs=10,
    validation_data=(x_val, y_val),
    verbose=0,  # quiet here; leave the default to see a progress bar per epoch
)

# One value per epoch for each metric, on the training data and on the
# validation data.
print(sorted(history.history))
for epoch, (acc, val_acc) in enumerate(
    zip(history.history["accuracy"], history.history["val_accuracy"]), start=1
):
    print(f"epoch {epoch:2d}: accuracy {acc:.3f}, val_accuracy {val_acc:.3f}")
