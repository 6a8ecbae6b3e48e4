import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)

# 200 samples with 4 features; the label is 1 when the first two features sum
# past 1.
x = rng.random((200, 4))
y = (x[:, 0] + x[:, 1] > 1.0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(8, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# The loss says how wrong the predictions are; the optimizer (Adam, a variant
# of gradient descent) says how to change the parameters to make the loss
# smaller.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss="binary_crossentropy",
)

# keras.ops.copy takes a snapshot of the hidden layer's weights before
# training.
hidden = model.layers[0]
kernel_before = keras.ops.copy(hidden.kernel)
history = model.fit(x, y, epochs=10, batch_size=32, verbose=0)

for epoch, loss in enumerate(history.history["loss"], start=1):
    print(f"epoch {epoch:2}: loss {loss:.3f}")
change = keras.ops.mean(keras.ops.abs(hidden.kernel - kernel_before))
print(f"mean change of a hidden-layer weight: {float(change):.3f}")
