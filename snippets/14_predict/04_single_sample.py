import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)

x_new = rng.normal(size=(5, 4)).astype("float32")
sample = x_new[0]
print("one sample:      ", sample.shape)

# Models work on batches: a single sample needs a batch dimension of size 1.
# x_new[:1] (a slice) and sample[None] (a new axis) both give shape (1, 4).
batch_of_one = sample[None]
print("batch of one:    ", batch_of_one.shape, x_new[:1].shape)

prediction = model.predict(batch_of_one, verbose=0)
print("prediction shape:", prediction.shape)
print("its probabilities:", np.round(prediction[0], 3))
