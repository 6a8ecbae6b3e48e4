import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(2000, 4)).astype("float32")
y = (x[:, 0] + rng.normal(scale=0.6, size=2000) > 2).astype("float32")
# Choose the weight on validation data, and keep the test data for the end.
x_train, y_train = x[:1000], y[:1000]
x_val, y_val = x[1000:], y[1000:]


def precision_and_recall(weight):
    """Train with class 1 weighted `weight` times class 0."""
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
        metrics=[
            keras.metrics.Precision(name="precision"),
            keras.metrics.Recall(name="recall"),
        ],
    )
    model.fit(
        x_train,
        y_train,
        epochs=10,
        class_weight={0: 1.0, 1: weight},
        verbose=0,
    )
    results = model.evaluate(x_val, y_val, verbose=0, return_dict=True)
    return results["precision"], results["recall"]


recalls, precisions = [], []
for weight in [1.0, 4.0, 16.0]:
    precision, recall = precision_and_recall(weight)
    recalls.append(recall)
    precisions.append(precision)
    print(
        f"class 1 weight {weight:4.0f}: precision {precision:.2f}, "
        f"recall {recall:.2f}"
    )
print("recall rises with the weight:", recalls[0] < recalls[1] < recalls[2])
print("precision falls:", precisions[0] > precisions[1] > precisions[2])
