import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# The data of the regression example: targets from about -11 to 11.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = x @ np.array([1.5, -2.0, 0.5, 3.0]) + 0.1 * rng.normal(size=300)
print(f"targets from {y.min():.1f} to {y.max():.1f}")


def train(activation):
    keras.utils.set_random_seed(0)  # the same initial weights for both models
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(16, activation="relu"),
            layers.Dense(1, activation=activation),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="mean_squared_error",
        metrics=["mae"],
    )
    model.fit(x, y, epochs=10, batch_size=32, verbose=0)
    loss, mae = model.evaluate(x, y, verbose=0)
    predictions = model.predict(x, verbose=0).ravel()
    print(
        f"last activation {activation}: mean squared error {loss:.3f}, "
        f"predictions from {predictions.min():.2f} to {predictions.max():.2f}"
    )
    return model, loss, predictions


# The bug: a sigmoid squashes every prediction into (0, 1), so the model
# cannot reach targets below 0 or above 1, however long it trains.
broken, broken_loss, broken_predictions = train("sigmoid")

# The fix: no activation on the output layer (linear), as in the table.
model, loss, predictions = train(None)
