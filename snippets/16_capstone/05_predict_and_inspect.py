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
model.fit(
    x_train,
    y_train,
    validation_data=(x_val, y_val),
    epochs=100,
    batch_size=32,
    callbacks=[early_stopping],
    verbose=0,
)

# Class labels for new samples: two points near radius 1, two near radius 2
# (the 3 noise features set to 0). Above 0.5, the label is 1.
new_samples = np.array(
    [
        [1.0, 0.0, 0.0, 0.0, 0.0],
        [-0.7, 0.7, 0.0, 0.0, 0.0],
        [0.0, -2.0, 0.0, 0.0, 0.0],
        [1.5, 1.5, 0.0, 0.0, 0.0],
    ],
    dtype="float32",
)
probabilities = model.predict(new_samples, verbose=0)
labels = (probabilities[:, 0] > 0.5).astype(int)
print("probabilities:", np.round(probabilities[:, 0], 3))
print("labels:", labels, "shape:", labels.shape)

# A model that ends at the layer named "hidden": the 32 values the output
# layer receives, one row per sample.
hidden_model = keras.Model(
    inputs=model.inputs, outputs=model.get_layer("hidden").output
)
hidden_output = hidden_model.predict(new_samples, verbose=0)
print("hidden layer output shape:", hidden_output.shape)
# The output layer needs nothing else: applied to these 32 values, it gives
# the probabilities predicted above.
from_hidden = keras.ops.convert_to_numpy(model.layers[-1](hidden_output))
print("output layer on them:", np.round(from_hidden[:, 0], 3))
