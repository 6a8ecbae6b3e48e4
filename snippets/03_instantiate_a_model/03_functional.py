import keras
from keras import layers

# Each layer is called on the tensor the previous one returned; the model is
# then defined by its inputs and outputs.
inputs = keras.Input(shape=(784,))
x = layers.Dense(64, activation="relu")(inputs)
x = layers.Dense(32, activation="relu")(x)
outputs = layers.Dense(10, activation="softmax")(x)

model = keras.Model(inputs=inputs, outputs=outputs)

model.summary()

# model.layers starts with the InputLayer that keras.Input created, as in the
# summary.
print("model.layers[0]:", type(model.layers[0]).__name__)
print("model.layers[1]:", type(model.layers[1]).__name__)
