import numpy as np
from keras import layers

# 4 color (RGB) images of 28x28 pixels: 3 channels.
rng = np.random.default_rng(0)
images = rng.random((4, 28, 28, 3)).astype("float32")

# padding="same" pads the border so that the window fits at every pixel.
same = layers.Conv2D(32, kernel_size=(3, 3), padding="same", activation="relu")
print("padding='same':          ", tuple(same(images).shape))

# strides=2 moves the window two pixels at a time: half the height and width.
strided = layers.Conv2D(
    32,
    kernel_size=(3, 3),
    padding="same",
    strides=2,
    activation="relu",
)
print("padding='same', strides=2:", tuple(strided(images).shape))

# A 3x3 window reads all 3 channels: 3 * 3 * 3 weights per filter, 1 bias.
print("kernel shape:", tuple(same.kernel.shape))
print("parameters:", same.count_params())
