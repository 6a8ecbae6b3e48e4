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

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
# A learning rate 10 times the default, so that this small example learns in a
# few epochs.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

x_new = rng.normal(size=(8, 4)).astype("float32")
probabilities = model.predict(x_new, verbose=0)

# The predicted class is the column with the highest probability.
predicted_classes = np.argmax(probabilities, axis=1)
true_classes = np.argmax(
    x_new[:, :3], axis=1
)  # known here because the data is synthetic
print("predicted:", predicted_classes)
print("true:     ", true_classes)
