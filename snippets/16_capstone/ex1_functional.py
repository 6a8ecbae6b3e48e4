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
    # The same layers as in step 2, each called on the output of the one
    # before; keras.Model then ties the input to the output.
    inputs = keras.Input(shape=(5,))
    x = layers.Dense(
        32,
        activation="relu",
        kernel_regularizer=L2(1e-3),
    )(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Dropout(0.2)(x)
    x = layers.Dense(
        32,
        activation="relu",
        kernel_regularizer=L2(1e-3),
        name="hidden",
    )(x)
    outputs = layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=inputs, outputs=outputs)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=learning_rate),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


# Trained and evaluated exactly as in step 4.
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
print("first layer:", type(model.layers[0]).__name__)
print("parameters:", model.count_params())
test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test accuracy: {test_accuracy:.2f}")
