import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 300 samples, 4 features, 3 classes; the class depends on the features, so it
# can be learned.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = np.argmax(x @ rng.normal(size=(4, 3)), axis=1)  # integer labels 0, 1, 2
y_one_hot = keras.utils.to_categorical(y, num_classes=3)  # e.g. 2 -> [0, 0, 1]
print("labels:", y_one_hot.shape, y_one_hot[0])

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),  # one probability per class
    ]
)
# One-hot labels go with categorical_crossentropy.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

loss_before, _ = model.evaluate(x, y_one_hot, verbose=0)
model.fit(x, y_one_hot, epochs=10, batch_size=32, verbose=0)
loss_after, accuracy = model.evaluate(x, y_one_hot, verbose=0)
print(f"loss before training: {loss_before:.3f}")
print(f"loss after training:  {loss_after:.3f} (accuracy {accuracy:.2f})")

# Adam adapts the step of each weight, but the learning rate you set stays as
# it is.
learning_rate = float(model.optimizer.learning_rate)
print(f"learning rate after training: {learning_rate:g}")
