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


def build_model(learning_rate):
    model = keras.Sequential(
        [
            keras.Input(shape=(5,)),
            # L2 penalty on the kernel: keeps the weights small.
            layers.Dense(32, activation="relu", kernel_regularizer=L2(1e-3)),
            layers.BatchNormalization(),  # normalizes the 32 activations
            layers.Dropout(0.2),  # drops 20% of them, in training only
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


# The learning rate chosen in step 3. Training may run up to 100 epochs;
# early stopping ends it once val_loss has not improved for 5 epochs, and
# puts back the weights of the best epoch.
model = build_model(learning_rate=0.01)
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=5, restore_best_weights=True
)
history = model.fit(
    x_train,
    y_train,
    validation_data=(x_val, y_val),
    epochs=100,
    batch_size=32,
    callbacks=[early_stopping],
    verbose=0,
)
print("epochs run:", len(history.epoch), "of 100")
print("best epoch:", early_stopping.best_epoch + 1)  # counts from 0
best_val_accuracy = history.history["val_accuracy"][early_stopping.best_epoch]
print(f"validation accuracy at the best epoch: {best_val_accuracy:.2f}")

# The final score, on data that played no part in training or in any choice.
test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test accuracy: {test_accuracy:.2f}")
