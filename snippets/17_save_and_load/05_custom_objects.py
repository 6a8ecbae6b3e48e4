import json
import re
import zipfile

import keras
from keras import layers


# A layer of your own: it multiplies its input by a fixed factor.
class Scale(layers.Layer):
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor

    # The arguments needed to rebuild the layer; they go into config.json.
    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


model = keras.Sequential(
    [keras.Input(shape=(4,)), layers.Dense(3), Scale(factor=3.0)]
)
model.save("scaled.keras")

# The file names the class and its arguments, not the code of call().
with zipfile.ZipFile("scaled.keras") as archive:
    saved = json.loads(archive.read("config.json"))["config"]["layers"][-1]
print("saved:", saved["class_name"], saved["config"]["factor"])

try:
    keras.models.load_model("scaled.keras")
except TypeError as error:
    # The message is long; its key sentence names the class.
    print(
        "TypeError:", re.search(r"Could not locate class '\w+'", str(error))[0]
    )

# Pass the class itself: Keras then knows what "Scale" means.
reloaded = keras.models.load_model(
    "scaled.keras", custom_objects={"Scale": Scale}
)
print(
    "reloaded:", type(reloaded.layers[-1]).__name__, reloaded.layers[-1].factor
)
