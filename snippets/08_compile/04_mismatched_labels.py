import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype("float32")
y = rng.integers(0, 3, size=64)  # integer labels
y_one_hot = keras.utils.to_categorical(y, num_classes=3)


def new_model(loss):
    model = keras.Sequential(
        [keras.Input(shape=(4,)), layers.Dense(3, activation="softmax")]
    )
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    return model


# Each loss paired with the other label format: fit() refuses to start.
errors = {}
for loss, labels in [
    ("categorical_crossentropy", y),
    ("sparse_categorical_crossentropy", y_one_hot),
]:
    try:
        new_model(loss).fit(x, labels, epochs=1, verbose=0)
    except ValueError as error:
        errors[loss] = error
        print(f"{loss} with labels of shape {labels.shape}:")
        print("  ValueError:", str(error).splitlines()[0])
