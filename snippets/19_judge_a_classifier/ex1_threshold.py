import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(600, 4)).astype("float32")
noise = rng.normal(scale=0.5, size=600)
y = (x[:, 0] + x[:, 1] + noise > 0.5).astype("float32")
x_train, y_train = x[:400], y[:400]
x_test, y_test = x[400:], y[400:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
# The same two metrics at the default threshold, 0.5, and at 0.7, each pair
# under its own names.
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=[
        keras.metrics.Precision(name="precision"),
        keras.metrics.Recall(name="recall"),
        keras.metrics.Precision(thresholds=0.7, name="precision_at_0.7"),
        keras.metrics.Recall(thresholds=0.7, name="recall_at_0.7"),
    ],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)
print({name: round(value, 2) for name, value in results.items()})
print("precision rises:", results["precision_at_0.7"] > results["precision"])
print("recall falls:", results["recall_at_0.7"] < results["recall"])
