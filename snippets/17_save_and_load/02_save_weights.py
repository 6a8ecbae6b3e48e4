import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
y_train = keras.utils.to_categorical(
    np.argmax(x_train[:, :3], axis=1), num_classes=3
)


# A weights file holds numbers only: the code that builds the model must be
# run again to have somewhere to load them into.
def make_model():
    return keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(16, activation="relu"),
            layers.Dense(3, activation="softmax"),
        ]
    )


model = make_model()
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)
model.save_weights("classifier.weights.h5")

# A second model built the same way starts with other, random weights.
copy = make_model()
x_new = rng.normal(size=(5, 4)).astype("float32")
expected = model.predict(x_new, verbose=0)
print(
    "before loading, same predictions:",
    np.allclose(copy.predict(x_new, verbose=0), expected),
)
copy.load_weights("classifier.weights.h5")
print(
    "after loading, same predictions: ",
    np.allclose(copy.predict(x_new, verbose=0), expected),
)

# The file name must end in .weights.h5: any other ending is refused.
try:
    model.save_weights("classifier.h5")
except ValueError as error:
    # The first sentence of the message (the rest repeats the file name).
    print(f"{type(error).__name__}: {str(error).split('. ')[0]}.")
