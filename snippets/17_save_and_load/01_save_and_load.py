import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Synthetic data: the class (0, 1 or 2) is the index of the largest of the
# first three features.
rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
y_train = keras.utils.to_categorical(
    np.argmax(x_train[:, :3], axis=1), num_classes=3
)

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
model.fit(x_train, y_train, epochs=10, verbose=0)

# Save the whole model in one file; the name must end in .keras.
model.save("classifier.keras")

# Later, or in another program: rebuild the model from the file.
reloaded = keras.models.load_model("classifier.keras")
print(
    "reloaded:",
    type(reloaded).__name__,
    "with",
    len(reloaded.layers),
    "layers",
)

x_new = rng.normal(size=(5, 4)).astype("float32")
before = model.predict(x_new, verbose=0)
after = reloaded.predict(x_new, verbose=0)
print("same predictions:", np.allclose(before, after))
