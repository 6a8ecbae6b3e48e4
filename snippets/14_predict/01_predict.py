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
# A learning rate 10 times the default, so that this small example learns in a
# few epochs.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

# New samples the model has never seen, with the same 4 features.
x_new = rng.normal(size=(5, 4)).astype("float32")
predictions = model.predict(x_new, verbose=0)

# One row per sample, one probability per class; softmax makes each row sum to
# 1.
print("shape:", predictions.shape)
print(np.round(predictions, 3))
print("row sums:", np.round(predictions.sum(axis=1), 3))
