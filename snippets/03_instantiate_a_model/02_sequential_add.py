import keras
from keras import layers

# The same model, built one layer at a time with add().
model = keras.Sequential()
model.add(keras.Input(shape=(784,)))
model.add(layers.Dense(64, activation="relu"))
model.add(layers.Dense(32, activation="relu"))
model.add(layers.Dense(10, activation="softmax"))

print("layers:", [layer.name for layer in model.layers])
print("parameters:", model.count_params())
