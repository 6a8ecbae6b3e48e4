import keras
from keras import layers

# The same network twice, with its first Dense layer named "hidden_1".
sequential = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(64, activation="relu", name="hidden_1"),
        layers.Dense(32, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]
)

inputs = keras.Input(shape=(784,))
x = layers.Dense(64, activation="relu", name="hidden_1")(inputs)
x = layers.Dense(32, activation="relu")(x)
outputs = layers.Dense(10, activation="softmax")(x)
functional = keras.Model(inputs=inputs, outputs=outputs)

# model.layers[0] is the first Dense layer of the Sequential model, but the
# InputLayer, which has no kernel, of the functional one. Fetching the layer
# by its name finds the same layer in both.
for model in [sequential, functional]:
    name = type(model).__name__
    print(f"{name:10}", "layers[0]:", type(model.layers[0]).__name__)
    kernel = model.get_layer("hidden_1").kernel
    print(f"{name:10}", "hidden_1 kernel:", tuple(kernel.shape))
