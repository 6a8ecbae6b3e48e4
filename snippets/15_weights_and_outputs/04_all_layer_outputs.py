import keras
import numpy as np
from keras import layers

# A functional model with named layers. Its first layer is the InputLayer, so
# model.layers[0] would not be the first Dense layer: ask for layers by name
# instead.
inputs = keras.Input(shape=(3,))
hidden = layers.Dense(4, activation="relu", name="hidden")(inputs)
outputs = layers.Dense(1, name="prediction")(hidden)
model = keras.Model(inputs=inputs, outputs=outputs)
print("layers:", [layer.name for layer in model.layers])

# One model that returns the output of several layers at once, in a dict keyed
# by name.
extractor = keras.Model(
    inputs=model.inputs,
    outputs={
        name: model.get_layer(name).output for name in ["hidden", "prediction"]
    },
)

rng = np.random.default_rng(0)
x = rng.normal(size=(5, 3)).astype("float32")
features = extractor.predict(x, verbose=0)
for name, values in features.items():
    print(name, values.shape)
