import keras
import numpy as np
from keras import layers
from sklearn.datasets import load_breast_cancer

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

x, y = load_breast_cancer(return_X_y=True)
x, y = x.astype("float32"), y.astype("float32")
rng = np.random.default_rng(0)
shuffled = rng.permutation(len(x))
n_train, n_val = int(0.6 * len(x)), int(0.2 * len(x))
train_rows, val_rows, test_rows = np.split(
    shuffled, [n_train, n_train + n_val]
)
x_train, y_train = x[train_rows], y[train_rows]
x_val, y_val = x[val_rows], y[val_rows]
x_test, y_test = x[test_rows], y[test_rows]


def train(normalize):
    """Train the page's model, with or without its Normalization layer."""
    keras.utils.set_random_seed(0)  # the same initial weights both times
    scaling = []
    if normalize:
        normalizer = layers.Normalization()
        normalizer.adapt(x_train)
        scaling = [normalizer]
    model = keras.Sequential(
        [keras.Input(shape=(30,))]
        + scaling
        + [
            layers.Dense(16, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    early_stopping = keras.callbacks.EarlyStopping(
        monitor="val_loss", patience=5, restore_best_weights=True
    )
    model.fit(
        x_train,
        y_train,
        epochs=100,
        validation_data=(x_val, y_val),
        callbacks=[early_stopping],
        verbose=0,
    )
    loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
    name = "with Normalization:" if normalize else "without:"
    print(f"{name:20} test loss {loss:.2f}, test accuracy {accuracy:.2f}")
    return model, loss, accuracy


model, loss, accuracy = train(normalize=True)
raw_model, raw_loss, raw_accuracy = train(normalize=False)
print(f"always answering benign: {y_test.mean():.2f}")
