import json
import zipfile

import keras
import numpy as np
from keras import layers


# Registered: Keras records the layer as "my_layers>Scale" and finds the
# class by that name when it loads the file.
@keras.saving.register_keras_serializable(package="my_layers")
class Scale(layers.Layer):
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(3), Scale(factor=3.0)]
)
model.save("scaled.keras")

with zipfile.ZipFile("scaled.keras") as archive:
    saved = json.loads(archive.read("config.json"))["config"]["layers"][-1]
print("registered name:", saved["registered_name"])

# No custom_objects needed.
reloaded = keras.models.load_model("scaled.keras")
print(
    "reloaded:", type(reloaded.layers[-1]).__name__, reloaded.layers[-1].factor
)
x = np.random.default_rng(0).normal(size=(5, 4)).astype("float32")
same = np.allclose(model.predict(x, verbose=0), reloaded.predict(x, verbose=0))
print("same predictions:", same)
