import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_images(n):
    # Dark 8x8 images with a bright 2x2 patch: in the left half for class 0,
    # in the right half for class 1.
    images = 0.1 * rng.random((n, 8, 8, 1)).astype("float32")
    labels = rng.integers(0, 2, size=n)
    rows = rng.integers(0, 7, size=n)
    columns = rng.integers(0, 3, size=n) + 4 * labels
    for image, row, column in zip(images, rows, columns):
        image[row : row + 2, column : column + 2] = 1.0
    return images, labels.astype("float32")


x_train, y_train = make_images(200)
x_val, y_val = make_images(100)


def train(flip_mode):
    model = keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),
            layers.RandomFlip(flip_mode),
            layers.Flatten(),
            layers.Dense(16, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    history = model.fit(
        x_train,
        y_train,
        validation_data=(x_val, y_val),
        epochs=10,
        batch_size=32,
        verbose=0,
    )
    val_accuracy = history.history["val_accuracy"][-1]
    print(f'RandomFlip("{flip_mode}"): validation accuracy {val_accuracy:.2f}')
    return model, history


# The cause: a horizontal flip moves the patch to the other half, so half of
# the training images show the pattern of the other class. The label no
# longer follows from the image, and the model stays near chance (0.5).
broken_model, broken_history = train("horizontal")

# The fix: only transformations that keep the label true. An upside-down
# image keeps its patch in the same half, so a vertical flip is safe.
model, history = train("vertical")
