import keras
from keras import layers

# The other common placement: normalize the layer's raw outputs, then apply the
# activation. The Dense bias is dropped because BatchNormalization's beta
# replaces it.
model = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(32, kernel_size=(3, 3), use_bias=False),
        layers.BatchNormalization(),
        layers.Activation("relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(64, use_bias=False),
        layers.BatchNormalization(),
        layers.Activation("relu"),
        layers.Dense(10, activation="softmax"),
    ]
)

model.summary()
