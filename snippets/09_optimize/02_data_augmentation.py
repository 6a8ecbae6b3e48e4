import keras
import numpy as np
from keras import layers

# Random transformations, applied to every training batch: each epoch sees new
# variants.
augmentation = keras.Sequential(
    [
        layers.RandomFlip("horizontal"),
        # up to 10% of a full turn (36 degrees) either way
        layers.RandomRotation(0.1),
    ],
    name="augmentation",
)

# Inside the model, augmentation runs during fit() and is skipped by predict()
# and evaluate().
model = keras.Sequential(
    [
        keras.Input(shape=(32, 32, 3)),
        augmentation,
        layers.Conv2D(8, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ]
)
model.summary()

rng = np.random.default_rng(0)
images = rng.random((4, 32, 32, 3)).astype("float32")

# training=True is what fit() uses; training=False is what predict() and
# evaluate() use.
training_view = keras.ops.convert_to_numpy(augmentation(images, training=True))
inference_view = keras.ops.convert_to_numpy(
    augmentation(images, training=False)
)
print("training: images changed:", not np.allclose(training_view, images))
print("inference: images unchanged:", np.array_equal(inference_view, images))
