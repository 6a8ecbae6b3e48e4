import keras
from keras import layers

# 02_sequential_add.py with one more hidden layer, of 16 neurons, before the
# output layer.
model = keras.Sequential()
model.add(keras.Input(shape=(784,)))
model.add(layers.Dense(64, activation="relu"))
model.add(layers.Dense(32, activation="relu"))
model.add(layers.Dense(16, activation="relu"))
model.add(layers.Dense(10, activation="softmax"))

print("layers:", [layer.name for layer in model.layers])
# 784*64 + 64 = 50,240; 64*32 + 32 = 2,080; 32*16 + 16 = 528; 16*10 + 10 = 170
print("parameters:", model.count_params())
