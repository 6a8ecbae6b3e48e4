import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data of 01_fit.py.
rng = np.random.default_rng(0)
train_data = rng.normal(size=(200, 4)).astype("float32")
train_labels = keras.utils.to_categorical(
    np.argmax(train_data[:, :3], axis=1),
    3,
)


def train(name, data, labels):
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
    history = model.fit(data, labels, epochs=10, batch_size=32, verbose=0)
    loss = history.history["loss"][-1]
    accuracy = history.history["accuracy"][-1]
    print(f"{name:<24} final loss {loss:.3f}, accuracy {accuracy:.3f}")
    return history


# The cause: rng.permutation(train_data) reorders the samples but not their
# labels, so row i of the labels no longer belongs to row i of the data.
# Nothing links the features to the labels any more; the loss stays high.
broken_history = train(
    "data shuffled alone:",
    rng.permutation(train_data),
    train_labels,
)

# The fix: one permutation of the row numbers, applied to both arrays.
# (Deleting the shuffle fixes it too: fit() already shuffles the samples, with
# their labels, at every epoch, since its shuffle=True by default.)
order = rng.permutation(len(train_data))
shuffled_data, shuffled_labels = train_data[order], train_labels[order]
history = train("data and labels as one:", shuffled_data, shuffled_labels)
