import keras
from keras import layers

# A stack of layers, each feeding the next. keras.Input declares the shape of
# one sample: 784 numbers, for example a flattened 28x28 image.
model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(64, activation="relu"),
        layers.Dense(32, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]
)

model.summary()

# model.layers holds only the three Dense layers: the first one is
# model.layers[0].
print("model.layers[0]:", type(model.layers[0]).__name__)
