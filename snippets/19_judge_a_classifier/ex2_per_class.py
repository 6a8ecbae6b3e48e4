import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x = rng.normal(size=(650, 4)).astype("float32")
y = np.argmax(x[:, :3] + rng.normal(scale=0.3, size=(650, 3)), axis=1)
x_train, y_train = x[:400], y[:400]
x_test, y_test = x[400:], y[400:]

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)
probabilities = model.predict(x_test, verbose=0)
predicted = np.argmax(probabilities, axis=1)
matrix = np.bincount(3 * y_test + predicted, minlength=9).reshape(3, 3)

# Recall of class c: of the samples in row c (true class c), the share on the
# diagonal. Precision: the same share of column c (predicted as c).
recall = np.diag(matrix) / matrix.sum(axis=1)
precision = np.diag(matrix) / matrix.sum(axis=0)
for c in range(3):
    print(f"class {c}: recall {recall[c]:.2f}, precision {precision[c]:.2f}")

# Keras counts the same with class_id, and top_k=1 to take the most
# probable class as the prediction (one-hot labels, one column per class).
one_hot = keras.utils.to_categorical(y_test, num_classes=3)
keras_recall = []
for c in range(3):
    metric = keras.metrics.Recall(class_id=c, top_k=1)
    metric.update_state(one_hot, probabilities)
    keras_recall.append(float(metric.result()))
print(
    "same as Recall(class_id=c, top_k=1):", np.allclose(recall, keras_recall)
)
