import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(128, activation="relu"),
        layers.Dropout(0.5),
        layers.Dense(64, activation="relu"),
        # Drops 30% of the 64 outputs above, at each training step.
        layers.Dropout(0.3),
        layers.Dense(10, activation="softmax"),
    ]
)

print("layers:", [type(layer).__name__ for layer in model.layers])
rates = [layer.rate for layer in model.layers if type(layer) is layers.Dropout]
print("dropout rates:", rates)
# The second Dropout adds no weights either: the count is unchanged.
print(f"parameters: {model.count_params():,}")
