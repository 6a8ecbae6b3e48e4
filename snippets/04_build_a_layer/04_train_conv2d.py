import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# 200 noisy 8x8 grayscale images. In class 1 the left half is brighter,
# in class 0 the right half is, so the label can be read from the image.
labels = rng.integers(0, 2, size=200)
images = rng.random((200, 8, 8, 1)).astype("float32") * 0.5
images[labels == 1, :, :4] += 0.5
images[labels == 0, :, 4:] += 0.5

model = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),  # (height, width, channels)
        # 8 filters of 3 x 3 -> (6, 6, 8)
        layers.Conv2D(8, kernel_size=(3, 3), activation="relu"),
        layers.Flatten(),  # -> 288 numbers
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.summary()

history = model.fit(
    images[:150], labels[:150], epochs=5, batch_size=32, verbose=0
)
_, accuracy = model.evaluate(images[150:], labels[150:], verbose=0)
print(
    f"training loss: {history.history['loss'][0]:.3f} "
    f"-> {history.history['loss'][-1]:.3f}"
)
print(f"accuracy on 50 unseen images: {accuracy:.2f}")
