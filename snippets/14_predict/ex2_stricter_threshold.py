import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Binary task: the label is 1 when the first two features add up to more
# than 0.
rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
y_train = (x_train[:, 0] + x_train[:, 1] > 0).astype("float32")

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

# The same 8 new samples as before, now with a stricter threshold.
threshold = 0.65
x_new = rng.normal(size=(8, 4)).astype("float32")
probabilities = model.predict(x_new, verbose=0).ravel()
predicted_labels = (probabilities > threshold).astype("int32")
true_labels = (x_new[:, 0] + x_new[:, 1] > 0).astype("int32")
print("probabilities:", np.round(probabilities, 2))
print("predicted:    ", predicted_labels)
print("true:         ", true_labels)

# The trade-off on 200 more samples: false alarms (predicted 1, true 0)
# and misses (predicted 0, true 1) at both thresholds.
x_more = rng.normal(size=(200, 4)).astype("float32")
true_more = x_more[:, 0] + x_more[:, 1] > 0
p_more = model.predict(x_more, verbose=0).ravel()
for t in (0.5, threshold):
    predicted = p_more > t
    false_alarms = int(np.sum(predicted & ~true_more))
    misses = int(np.sum(~predicted & true_more))
    print(f"threshold {t}: false alarms {false_alarms}, misses {misses}")
