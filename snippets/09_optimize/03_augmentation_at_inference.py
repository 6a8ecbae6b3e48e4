import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

model = keras.Sequential(
    [
        keras.Input(shape=(32, 32, 3)),
        layers.RandomFlip("horizontal"),
        layers.RandomRotation(0.1),
        layers.Conv2D(8, 3, activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ]
)

rng = np.random.default_rng(0)
images = rng.random((4, 32, 32, 3)).astype("float32")


def same_twice(call):
    """Run `call` twice on the same images; say if the outputs are equal."""
    first, second = (
        keras.ops.convert_to_numpy(call(images)) for _ in range(2)
    )
    return np.allclose(first, second)


# A plain call sets no mode, and the augmentation layers default to
# training=True: they still transform the images, so the same images give
# different outputs.
print("model(images):                 same outputs twice:", same_twice(model))

# training=False (or predict) turns augmentation off: the outputs are
# deterministic.
print(
    "model(images, training=False): same outputs twice:",
    same_twice(lambda x: model(x, training=False)),
)
predicted = model.predict(images, verbose=0)
inference = keras.ops.convert_to_numpy(model(images, training=False))
print(
    "predict equals model(images, training=False):",
    np.allclose(predicted, inference, atol=1e-6),
)
