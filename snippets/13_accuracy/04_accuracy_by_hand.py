import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = keras.utils.to_categorical(np.argmax(x[:, :3], axis=1), num_classes=3)
x_train, y_train = x[:200], y[:200]
x_test, y_test = x[200:], y[200:]

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

# Accuracy by hand: the predicted class is the one with the highest
# probability, the true class is where the one-hot label has its 1.
probabilities = model.predict(x_test, verbose=0)
predicted_classes = np.argmax(probabilities, axis=1)
true_classes = np.argmax(y_test, axis=1)
by_hand = np.mean(predicted_classes == true_classes)

_, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"by hand: {by_hand:.3f}, evaluate: {accuracy:.3f}")
