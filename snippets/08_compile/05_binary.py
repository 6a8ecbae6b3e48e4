import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Two classes, labelled 0 or 1: positive when the features add up to more than
# zero.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = (x.sum(axis=1) > 0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        # one probability: that the label is 1
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=[
        "accuracy"
    ],  # a prediction counts as 1 when the probability is above 0.5
)

loss_before, _ = model.evaluate(x, y, verbose=0)
model.fit(x, y, epochs=10, batch_size=32, verbose=0)
loss_after, accuracy = model.evaluate(x, y, verbose=0)
print(f"loss before training: {loss_before:.3f}")
print(f"loss after training:  {loss_after:.3f} (accuracy {accuracy:.2f})")
print(
    "first probabilities:",
    np.round(model.predict(x[:3], verbose=0).ravel(), 2),
)
