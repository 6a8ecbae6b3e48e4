import keras
import numpy as np
from keras import layers
from sklearn.datasets import load_wine

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

x, y = load_wine(return_X_y=True)
x = x.astype("float32")

# Shuffle once, then split 60/20/20 into train, validation and test.
rng = np.random.default_rng(0)
shuffled = rng.permutation(len(x))
n_train, n_val = int(0.6 * len(x)), int(0.2 * len(x))
train_rows, val_rows, test_rows = np.split(
    shuffled, [n_train, n_train + n_val]
)
x_train, y_train = x[train_rows], y[train_rows]
x_val, y_val = x[val_rows], y[val_rows]
x_test, y_test = x[test_rows], y[test_rows]

# Each feature scaled with the mean and variance of the training part only
# (which then has mean 0 and standard deviation 1 per feature). Both models
# share this layer: it has nothing to train.
normalizer = layers.Normalization()
normalizer.adapt(x_train)

scores = {}
for name in ["linear baseline", "network"]:
    # The same seed for both, so that the network starts as in step 6.
    keras.utils.set_random_seed(0)
    if name == "network":  # the hidden layers of step 6
        hidden = [layers.Dense(32, activation="relu"), layers.Dropout(0.2)]
    else:  # no hidden layer: a linear model, like the baseline of step 1
        hidden = []
    model = keras.Sequential(
        [
            keras.Input(shape=(13,)),
            normalizer,
            *hidden,
            layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    early_stopping = keras.callbacks.EarlyStopping(
        monitor="val_loss", patience=5, restore_best_weights=True
    )
    history = model.fit(
        x_train,
        y_train,
        validation_data=(x_val, y_val),
        epochs=100,
        batch_size=16,
        callbacks=[early_stopping],
        verbose=0,
    )
    _, scores[name] = model.evaluate(x_test, y_test, verbose=0)
    print(
        f"{name}: {len(history.epoch)} epochs,",
        f"test accuracy {scores[name]:.2f}",
    )
