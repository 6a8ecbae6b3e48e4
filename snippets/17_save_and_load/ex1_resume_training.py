import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
y_train = keras.utils.to_categorical(
    np.argmax(x_train[:, :3], axis=1), num_classes=3
)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
# First session: 5 epochs of 7 batches (200 samples, 32 a batch).
model.fit(x_train, y_train, epochs=5, verbose=0)
model.save("classifier.keras")
print("steps when saved:", int(model.optimizer.iterations))

# Second session: load the model and train 5 more epochs. initial_epoch=5
# numbers them 6 to 10, as if training had never stopped.
resumed = keras.models.load_model("classifier.keras")
print("steps after loading:", int(resumed.optimizer.iterations))
history = resumed.fit(x_train, y_train, initial_epoch=5, epochs=10, verbose=0)
print("epochs of the second fit:", [epoch + 1 for epoch in history.epoch])
print("steps after 5 more epochs:", int(resumed.optimizer.iterations))
