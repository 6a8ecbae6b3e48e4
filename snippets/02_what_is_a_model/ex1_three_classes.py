import keras
from keras import layers

# 16 hidden neurons, and one output neuron per class: 3 classes, with softmax.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu", name="hidden"),
        layers.Dense(3, activation="softmax", name="output"),
    ]
)

for weight in model.weights:
    print(f"{weight.path:16} shape={tuple(weight.shape)}")

# hidden: 4 * 16 weights + 16 biases = 80; output: 16 * 3 + 3 = 51.
print("parameters:", model.count_params())
