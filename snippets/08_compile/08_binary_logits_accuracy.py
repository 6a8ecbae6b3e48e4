import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Two classes, labelled 0 or 1, as in the binary example above.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = (x.sum(axis=1) > 0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        # No sigmoid: the output is a logit; a logit above 0 means class 1.
        layers.Dense(1),
    ]
)
model.compile(
    optimizer="adam",
    loss=keras.losses.BinaryCrossentropy(from_logits=True),
    metrics=[
        "accuracy",  # becomes BinaryAccuracy(threshold=0.5): wrong for logits
        keras.metrics.BinaryAccuracy(threshold=0.0),  # right for logits
    ],
)
model.fit(x, y, epochs=20, batch_size=32, verbose=0)
results = model.evaluate(x, y, verbose=0, return_dict=True)
print(f'"accuracy":                        {results["accuracy"]:.3f}')
print(f"BinaryAccuracy(threshold=0.0):     {results['binary_accuracy']:.3f}")

# By hand: a logit above 0 is a probability above 0.5, so it predicts class 1.
logits = model.predict(x, verbose=0).ravel()
print(f"by hand, logit above 0 is class 1: {np.mean((logits > 0) == y):.3f}")
between = np.sum((logits > 0) & (logits <= 0.5))
print(
    "samples with a logit in (0, 0.5], which 'accuracy' counts as class 0: "
    f"{between}"
)
