import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Synthetic training data: 200 samples with 4 features each. The class (0, 1 or
# 2) is the index of the largest of the first three features, so there is a
# pattern to learn.
rng = np.random.default_rng(0)
train_data = rng.normal(size=(200, 4)).astype("float32")
train_labels = keras.utils.to_categorical(
    np.argmax(train_data[:, :3], axis=1), 3
)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)

# categorical_crossentropy expects one-hot labels, which to_categorical
# produced above. Adam with a learning rate of 0.01 (its default is 0.001), so
# that this small model learns the task within the 10 epochs shown.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

# 10 passes over the 200 samples, one weight update per batch of 32 samples:
# ceil(200 / 32) = 7 updates per epoch (the last batch holds the 8 samples left
# over).
history = model.fit(
    train_data, train_labels, epochs=10, batch_size=32, verbose=0
)

print("steps per epoch:", history.params["steps"])
print("metrics recorded:", list(history.history))
for epoch in range(10):
    loss = history.history["loss"][epoch]
    accuracy = history.history["accuracy"][epoch]
    print(f"epoch {epoch + 1:2d}: loss {loss:.3f}, accuracy {accuracy:.3f}")
