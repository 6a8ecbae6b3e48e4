import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data of exercise 2: 8 features, 3 classes.
rng = np.random.default_rng(0)
weights = rng.normal(size=(8, 3))


def make_data(samples):
    x = rng.normal(size=(samples, 8)).astype("float32")
    return x, np.argmax(x @ weights, axis=1)


x, y = make_data(300)
x_val, y_val = make_data(300)


def train(rate):
    keras.utils.set_random_seed(0)  # the same initial weights for both models
    model = keras.Sequential(
        [
            keras.Input(shape=(8,)),
            layers.Dense(32, activation="relu"),
            layers.Dropout(rate),
            layers.Dense(32, activation="relu"),
            layers.Dropout(rate),
            layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    history = model.fit(x, y, epochs=10, verbose=0)
    accuracy = history.history["accuracy"][-1]
    _, val_accuracy = model.evaluate(x_val, y_val, verbose=0)
    print(f"Dropout({rate}):")
    print(f"  training accuracy   {accuracy:.2f}")
    print(f"  validation accuracy {val_accuracy:.2f}")
    return model, history, val_accuracy


# The bug: the rate is the fraction that is dropped, not the one that is kept.
# Dropout(0.9) sets 90% of the values to 0: too little gets through to learn.
broken, broken_history, broken_val_accuracy = train(0.9)

# The fix: to keep 90% of the values, drop 10%.
model, history, val_accuracy = train(0.1)
