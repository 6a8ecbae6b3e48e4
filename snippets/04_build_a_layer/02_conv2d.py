import numpy as np
from keras import layers

# 32 filters, each a 3x3 window slid over the image, followed by ReLU.
conv_layer = layers.Conv2D(32, kernel_size=(3, 3), activation="relu")

# Images go in as (batch, height, width, channels): here 4 grayscale 28x28
# images.
rng = np.random.default_rng(0)
images = rng.random((4, 28, 28, 1)).astype("float32")
feature_maps = conv_layer(images)

print("input shape: ", images.shape)
# Without padding a 3x3 window fits 26 times across 28 pixels; one map per
# filter.
print("output shape:", tuple(feature_maps.shape))
print(
    "kernel shape:", tuple(conv_layer.kernel.shape)
)  # (3, 3, input channels, filters)
print("bias shape:  ", tuple(conv_layer.bias.shape))
