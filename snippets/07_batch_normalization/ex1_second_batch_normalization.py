import keras
import numpy as np
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(128, activation="relu"),
        layers.BatchNormalization(),
        layers.Dense(64, activation="relu"),
        # 4 values for each of the 64 features: gamma, beta, moving mean and
        # moving variance.
        layers.BatchNormalization(),
        layers.Dense(10, activation="softmax"),
    ]
)


def count(weights):
    return sum(int(np.prod(weight.shape)) for weight in weights)


print("layers:", [type(layer).__name__ for layer in model.layers])
print(f"total params:         {model.count_params():,}")
print(f"trainable params:     {count(model.trainable_weights):,}")
print(f"non-trainable params: {count(model.non_trainable_weights):,}")
