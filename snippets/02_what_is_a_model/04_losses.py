import keras
import numpy as np

# Regression: mean squared error, the average of the squared differences.
y_true = np.array([[3.0], [-0.5], [2.0]])
y_pred = np.array([[2.5], [0.0], [2.0]])
mse = float(keras.losses.MeanSquaredError()(y_true, y_pred))
print(
    f"mean squared error:        {mse:.4f}  "
    f"by hand: {np.mean((y_true - y_pred) ** 2):.4f}"
)

# Two classes: binary cross-entropy compares a probability with a 0/1 label.
labels = np.array([[1.0], [0.0], [1.0]])
probabilities = np.array([[0.9], [0.2], [0.6]])
bce = float(keras.losses.BinaryCrossentropy()(labels, probabilities))
by_hand = -np.mean(
    labels * np.log(probabilities) + (1 - labels) * np.log(1 - probabilities)
)
print(f"binary cross-entropy:      {bce:.4f}  by hand: {by_hand:.4f}")

# Several classes: categorical cross-entropy compares a probability vector with
# a one-hot label; only the probability given to the right class counts.
one_hot = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
class_probabilities = np.array([[0.1, 0.8, 0.1], [0.5, 0.3, 0.2]])
cce = float(
    keras.losses.CategoricalCrossentropy()(one_hot, class_probabilities)
)
by_hand = -np.mean(np.log([0.8, 0.5]))
print(f"categorical cross-entropy: {cce:.4f}  by hand: {by_hand:.4f}")
