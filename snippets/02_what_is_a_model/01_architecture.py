import keras
from keras import layers

# The architecture: which layers, in which order, how many neurons each. Four
# input features feed a hidden layer of 8 neurons, which feeds one output
# neuron.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(8, activation="relu", name="hidden"),
        layers.Dense(1, activation="sigmoid", name="output"),
    ],
    name="tiny_classifier",
)

model.summary()

for layer in model.layers:
    print(
        f"{layer.name}: {type(layer).__name__}, units={layer.units}, "
        f"{layer.activation.__name__}"
    )
