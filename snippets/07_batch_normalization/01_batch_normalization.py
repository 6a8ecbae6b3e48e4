import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(128, activation="relu"),
        # Normalizes each of the 128 activations above over the current batch.
        layers.BatchNormalization(),
        layers.Dense(64, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]
)

# BatchNormalization holds 4 values per feature: gamma and beta (trained) and
# the moving mean and variance (updated during training, not by the optimizer).
model.summary()
