import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(128, activation="relu"),
        # During training, each of the 128 outputs above is set to 0 with
        # probability 0.5.
        layers.Dropout(0.5),
        layers.Dense(64, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]
)

# Dropout has no weights: it adds no parameters to the model.
model.summary()
