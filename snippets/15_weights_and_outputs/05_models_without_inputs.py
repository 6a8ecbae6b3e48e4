import keras
import numpy as np
from keras import layers


def describe_inputs(model):
    """The shapes of model.inputs, or the error that reading it raises."""
    try:
        return str([tuple(tensor.shape) for tensor in model.inputs])
    except AttributeError as error:
        return f"AttributeError: {error}"


# Sequential and Functional models built from keras.Input know their inputs.
sequential = keras.Sequential(
    [keras.Input(shape=(3,)), layers.Dense(4), layers.Dense(1)]
)
inputs = keras.Input(shape=(3,))
functional = keras.Model(
    inputs=inputs, outputs=layers.Dense(1)(layers.Dense(4)(inputs))
)

# A Sequential model without keras.Input has no inputs until it has been built.
unbuilt = keras.Sequential([layers.Dense(4), layers.Dense(1)], name="unbuilt")


# A subclassed model: its call() method is Python code, not a graph of layers,
# so it has no inputs attribute at all, even after it has been called on data.
class TwoLayers(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(4)
        self.prediction = layers.Dense(1)

    def call(self, x):
        return self.prediction(self.hidden(x))


subclassed = TwoLayers()
subclassed(np.zeros((2, 3), dtype="float32"))

print("Sequential with keras.Input:   ", describe_inputs(sequential))
print("Functional:                    ", describe_inputs(functional))
print("Sequential without keras.Input:", describe_inputs(unbuilt))
print("subclassed, called on data:    ", describe_inputs(subclassed))
