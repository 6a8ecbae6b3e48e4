import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# A rare class: 1 only when the first feature plus some noise is above 2,
# which is true for about 1 sample in 20.
rng = np.random.default_rng(0)
x = rng.normal(size=(2000, 4)).astype("float32")
y = (x[:, 0] + rng.normal(scale=0.6, size=2000) > 2).astype("float32")
x_train, y_train = x[:1000], y[:1000]
x_test, y_test = x[1000:], y[1000:]


def train_and_evaluate(class_weight=None):
    """Train a binary classifier and return its test metrics by name."""
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(16, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ]
    )
    # Each call makes new metric objects: the names keep the result keys the
    # same (a second Precision() would be called "precision_1").
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="binary_crossentropy",
        metrics=[
            "accuracy",
            keras.metrics.Precision(name="precision"),
            keras.metrics.Recall(name="recall"),
        ],
    )
    model.fit(
        x_train, y_train, epochs=10, class_weight=class_weight, verbose=0
    )
    return model.evaluate(x_test, y_test, verbose=0, return_dict=True)


# Weights from the class counts: each class then weighs as much in the loss
# as the other, in all.
counts = np.bincount(y_train.astype("int64"))
weights = {c: float(len(y_train) / (2 * counts[c])) for c in (0, 1)}
print("class counts in training:", counts.tolist())
print("class weights:", {c: round(w, 2) for c, w in weights.items()})

plain = train_and_evaluate()
weighted = train_and_evaluate(class_weight=weights)

print(f"answering 0 always: accuracy {np.mean(y_test == 0):.2f}")
for name, results in [("no weights", plain), ("class weights", weighted)]:
    scores = ", ".join(
        f"{metric} {results[metric]:.2f}"
        for metric in ("accuracy", "precision", "recall")
    )
    print(f"{name}: {scores}")
print("recall of class 1 rises:", weighted["recall"] > plain["recall"])
print(
    "precision of class 1 falls:", weighted["precision"] < plain["precision"]
)
