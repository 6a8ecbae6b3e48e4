import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 250 samples whose labels are noisy: about 1 in 10 cannot be predicted from
# the features, so no model should score near 1.0 on samples it has not seen.
rng = np.random.default_rng(0)
x = rng.normal(size=(250, 10)).astype("float32")
y = (x[:, 0] + x[:, 1] + 0.5 * rng.normal(size=250) > 0).astype("float32")


def train(name, train_rows, val_rows):
    model = keras.Sequential(
        [
            keras.Input(shape=(10,)),
            layers.Dense(128, activation="relu"),
            layers.Dense(128, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    history = model.fit(
        x[train_rows],
        y[train_rows],
        epochs=5,
        batch_size=32,
        validation_data=(x[val_rows], y[val_rows]),
        verbose=0,
    )
    shared = len(np.intersect1d(train_rows, val_rows))
    accuracy = history.history["accuracy"][-1]
    val_accuracy = history.history["val_accuracy"][-1]
    print(
        f"{name}: {shared:2d} validation rows trained on, "
        f"accuracy {accuracy:.2f}, val_accuracy {val_accuracy:.2f}"
    )
    return model, history


val_rows = np.arange(50)

# The cause: the validation rows are also in the training data. The model
# learns them by heart, so val_accuracy follows the training accuracy.
leaky_model, leaky_history = train("leaky ", np.arange(250), val_rows)

# The fix: train on the other 200 rows only. val_accuracy now measures
# samples the model has not seen, and stays below the training accuracy.
train_rows = np.arange(50, 250)
model, history = train("honest", train_rows, val_rows)
