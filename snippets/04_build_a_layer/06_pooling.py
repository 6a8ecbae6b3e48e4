import keras
import numpy as np
from keras import layers

# One 4x4 grayscale image: a batch of 1, with 1 channel.
image = np.array(
    [
        [1, 3, 2, 0],
        [4, 2, 1, 5],
        [0, 1, 7, 2],
        [3, 6, 8, 4],
    ],
    dtype="float32",
).reshape(1, 4, 4, 1)

# A 2x2 window, moved 2 pixels at a time, keeps the largest value it covers.
max_pool = layers.MaxPooling2D(pool_size=(2, 2))
pooled = max_pool(image)
print("input shape: ", image.shape)
print("pooled shape:", tuple(pooled.shape))
print(keras.ops.convert_to_numpy(pooled)[0, :, :, 0])

# A batch of 2 stacks of feature maps, 8x8 pixels and 16 channels each, as a
# Conv2D layer with 16 filters outputs them.
rng = np.random.default_rng(0)
feature_maps = rng.random((2, 8, 8, 16)).astype("float32")
print("max pooled:", tuple(max_pool(feature_maps).shape))  # each channel alone

# GlobalAveragePooling2D: one average per channel. Flatten: every value.
averaged = layers.GlobalAveragePooling2D()(feature_maps)
flattened = layers.Flatten()(feature_maps)
print("GlobalAveragePooling2D:", tuple(averaged.shape))
print("Flatten:               ", tuple(flattened.shape))
channel_means = feature_maps.mean(axis=(1, 2))
print("averages of the channels:", np.allclose(averaged, channel_means))

# The same Dense(10) layer after each: its weights grow with its input.
dense_after_average = layers.Dense(10)
dense_after_average(averaged)
dense_after_flatten = layers.Dense(10)
dense_after_flatten(flattened)
print("Dense(10) after the averages:", dense_after_average.count_params())
print("Dense(10) after Flatten:     ", dense_after_flatten.count_params())
