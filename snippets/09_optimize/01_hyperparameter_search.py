import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 200 samples, 3 classes that depend on the 4 features.
rng = np.random.default_rng(0)
x = rng.normal(size=(200, 4)).astype("float32")
y = np.argmax(x @ rng.normal(size=(4, 3)), axis=1)
# Keep 50 samples aside: each setting is judged on data its weights were not
# trained on.
x_train, y_train = x[:150], y[:150]
x_val, y_val = x[150:], y[150:]


def build_model(units, learning_rate):
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(units, activation="relu"),
            layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


# A grid search over one hyperparameter: every candidate is trained the same
# way and scored on the validation data. For several hyperparameters, loop over
# every combination (itertools.product) of their candidate values.
results = []
for learning_rate in [0.001, 0.01, 0.1]:
    model = build_model(units=16, learning_rate=learning_rate)
    history = model.fit(
        x_train,
        y_train,
        validation_data=(x_val, y_val),
        epochs=5,
        batch_size=32,
        verbose=0,
    )
    val_accuracy = history.history["val_accuracy"][-1]
    results.append(
        {"learning_rate": learning_rate, "val_accuracy": val_accuracy}
    )
    print(
        f"learning rate {learning_rate:<5g}: "
        f"validation accuracy {val_accuracy:.2f}"
    )

best = max(results, key=lambda result: result["val_accuracy"])
print(f"best learning rate: {best['learning_rate']:g}")
