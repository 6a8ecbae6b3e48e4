import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(650, 4)).astype("float32")
y = (x[:, :3] > 0).astype("float32")
x_train, y_train = x[:400], y[:400]
x_test, y_test = x[400:], y[400:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=[keras.metrics.BinaryAccuracy(name="accuracy")],
)
model.fit(x_train, y_train, epochs=10, verbose=0)
results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)

# A (250, 3) table of right/wrong, one per label; a sample is an exact match
# when its whole row is right.
right = (model.predict(x_test, verbose=0) > 0.5) == (y_test == 1)
exact_match = np.mean(np.all(right, axis=1))
print(f"labels right (BinaryAccuracy): {results['accuracy']:.2f}")
print(f"samples with all 3 labels right: {exact_match:.2f}")
print("exact match is the stricter:", exact_match <= results["accuracy"])
