import keras
import numpy as np
from keras import layers

# The augmentation block of 02_data_augmentation.py, with a third layer:
# RandomZoom(0.2) zooms each image in or out by up to 20%.
augmentation = keras.Sequential(
    [
        layers.RandomFlip("horizontal"),
        layers.RandomRotation(0.1),
        layers.RandomZoom(0.2),
    ],
    name="augmentation",
)

model = keras.Sequential(
    [
        keras.Input(shape=(32, 32, 3)),
        augmentation,
        layers.Conv2D(8, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ]
)
print("augmentation:", [type(layer).__name__ for layer in augmentation.layers])
# Augmentation layers learn nothing: the count is that of the model without
# the zoom (Conv2D 3*3*3*8 + 8 = 224, Dense 8*10 + 10 = 90).
print("parameters:", model.count_params())

rng = np.random.default_rng(0)
images = rng.random((4, 32, 32, 3)).astype("float32")
training_view = keras.ops.convert_to_numpy(augmentation(images, training=True))
inference_view = keras.ops.convert_to_numpy(
    augmentation(images, training=False),
)
print("training: images changed:", not np.allclose(training_view, images))
print("inference: images unchanged:", np.array_equal(inference_view, images))
