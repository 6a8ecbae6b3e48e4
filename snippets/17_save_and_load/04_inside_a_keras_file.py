import json
import zipfile

import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
y_train = keras.utils.to_categorical(
    np.argmax(x_train[:, :3], axis=1), num_classes=3
)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
# 200 samples in batches of 32: 7 optimizer steps an epoch, 70 in all.
history = model.fit(x_train, y_train, epochs=10, verbose=0)
model.save("classifier.keras")

# A .keras file is a zip archive of three files.
with zipfile.ZipFile("classifier.keras") as archive:
    print("members:", archive.namelist())
    config = json.loads(archive.read("config.json"))

# config.json: the architecture and the arguments of compile().
print("model:", config["class_name"])
print("layers:", [layer["class_name"] for layer in config["config"]["layers"]])
compiled_with = config["compile_config"]
print("optimizer:", compiled_with["optimizer"]["class_name"])
print("loss:", compiled_with["loss"], "metrics:", compiled_with["metrics"])

# model.weights.h5: the weights, and the optimizer's state with them.
reloaded = keras.models.load_model("classifier.keras")
print("optimizer steps:", int(reloaded.optimizer.iterations))
print(f"learning rate: {float(reloaded.optimizer.learning_rate):.2f}")

# Not in the file: the history that fit() returned.
print("reloaded model has a history:", hasattr(reloaded, "history"))

# compile=False skips the compile() arguments: no optimizer, no loss.
plain = keras.models.load_model("classifier.keras", compile=False)
print("compiled:", reloaded.compiled, "/ with compile=False:", plain.compiled)
