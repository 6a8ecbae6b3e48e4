import keras
from keras import layers

# keras.Input gives the model a symbolic input, so every layer has a symbolic
# output.
model = keras.Sequential(
    [
        keras.Input(shape=(3,)),
        layers.Dense(4, activation="relu"),
        layers.Dense(1),
    ]
)

# The output of the first layer: a placeholder that describes shape and dtype,
# not values. None is the batch size, which is not fixed yet.
output = model.layers[0].output
print(output)
print("shape:", output.shape)
