import keras
from keras import layers

# A classifier for 3 classes: the last layer gives one probability per class.
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)

# categorical_crossentropy expects one-hot labels such as [0, 1, 0].
# "accuracy" asks Keras to report the fraction of correctly classified samples.
model.compile(
    optimizer="adam",
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

config = model.get_compile_config()
print("loss:", config["loss"])
print("metrics:", config["metrics"])
