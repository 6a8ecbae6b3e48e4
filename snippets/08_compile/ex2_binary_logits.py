import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data of the binary example: label 1 when the features add up to > 0.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = (x.sum(axis=1) > 0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1),  # no sigmoid: the output is a logit, any real number
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    # The loss applies the sigmoid itself...
    loss=keras.losses.BinaryCrossentropy(from_logits=True),
    # ...and a logit above 0 means class 1.
    metrics=[keras.metrics.BinaryAccuracy(threshold=0.0)],
)

loss_before, _ = model.evaluate(x, y, verbose=0)
model.fit(x, y, epochs=10, batch_size=32, verbose=0)
loss_after, accuracy = model.evaluate(x, y, verbose=0)
print(f"loss before training: {loss_before:.3f}")
print(f"loss after training:  {loss_after:.3f} (accuracy {accuracy:.2f})")

logits = model.predict(x, verbose=0).ravel()
print(f"outputs from {logits.min():.1f} to {logits.max():.1f}")
probabilities = np.asarray(keras.ops.sigmoid(logits[:3]))
print("first probabilities:", np.round(probabilities, 2))
