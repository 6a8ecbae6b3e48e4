import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Binary task: the label is 1 when the first two features add up to more than
# 0.
rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
y_train = (x_train[:, 0] + x_train[:, 1] > 0).astype("float32")

# One sigmoid unit: its output is the probability of class 1.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# A learning rate 10 times the default, so that this small example learns in a
# few epochs.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

x_new = rng.normal(size=(8, 4)).astype("float32")
probabilities = model.predict(x_new, verbose=0)
print("shape:", probabilities.shape)  # (8, 1): one column, not one per class

# Threshold at 0.5 to get 0/1 labels; ravel() turns the (8, 1) column into a
# flat array.
predicted_labels = (probabilities > 0.5).astype("int32").ravel()
true_labels = (x_new[:, 0] + x_new[:, 1] > 0).astype("int32")
print("probabilities:", np.round(probabilities.ravel(), 2))
print("predicted:    ", predicted_labels)
print("true:         ", true_labels)
