import keras
import numpy as np
from keras import layers
from keras.regularizers import L2

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)


def make_data(n):
    # Class 0 lies on a ring of radius 1, class 1 on a ring of radius 2
    # (features 0 and 1); features 2 to 4 are pure noise.
    labels = rng.integers(0, 2, size=n)
    angles = rng.uniform(0, 2 * np.pi, size=n)
    radii = 1 + labels + rng.normal(scale=0.2, size=n)
    rings = np.stack([radii * np.cos(angles), radii * np.sin(angles)], axis=1)
    x = np.concatenate([rings, rng.normal(size=(n, 3))], axis=1)
    return x.astype("float32"), labels.astype("float32")


x_train, y_train = make_data(300)
x_val, y_val = make_data(100)
x_test, y_test = make_data(100)


def build_model(learning_rate, dropout_rate):
    model = keras.Sequential(
        [
            keras.Input(shape=(5,)),
            # L2 penalty on the kernel: keeps the weights small.
            layers.Dense(32, activation="relu", kernel_regularizer=L2(1e-3)),
            layers.BatchNormalization(),  # normalizes the 32 activations
            layers.Dropout(dropout_rate),  # the hyperparameter to tune
            layers.Dense(
                32,
                activation="relu",
                kernel_regularizer=L2(1e-3),
                name="hidden",
            ),
            layers.Dense(1, activation="sigmoid"),  # probability of class 1
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


# As in step 3, with the learning rate fixed at the value chosen there:
# each candidate is trained the same way, then scored on the validation data.
scores = {}
for dropout_rate in [0.0, 0.2, 0.5]:
    model = build_model(learning_rate=0.01, dropout_rate=dropout_rate)
    model.fit(x_train, y_train, epochs=10, batch_size=32, verbose=0)
    _, val_accuracy = model.evaluate(x_val, y_val, verbose=0)
    scores[dropout_rate] = val_accuracy
    print(f"dropout rate {dropout_rate}: val_accuracy {val_accuracy:.2f}")

best_dropout_rate = max(scores, key=scores.get)
print("best dropout rate:", best_dropout_rate)
