import keras
import numpy as np
from keras import layers
from sklearn.datasets import load_breast_cancer

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

x, y = load_breast_cancer(return_X_y=True)
x, y = x.astype("float32"), y.astype("float32")
rng = np.random.default_rng(0)
shuffled = rng.permutation(len(x))
n_train, n_val = int(0.6 * len(x)), int(0.2 * len(x))
train_rows, val_rows, test_rows = np.split(
    shuffled, [n_train, n_train + n_val]
)
x_train, y_train = x[train_rows], y[train_rows]
x_val, y_val = x[val_rows], y[val_rows]
x_test, y_test = x[test_rows], y[test_rows]

normalizer = layers.Normalization()
normalizer.adapt(x_train)
model = keras.Sequential(
    [
        keras.Input(shape=(30,)),
        normalizer,
        layers.Dense(16, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="binary_crossentropy",
    metrics=["accuracy"],
)
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=5, restore_best_weights=True
)
model.fit(
    x_train,
    y_train,
    epochs=100,
    validation_data=(x_val, y_val),
    callbacks=[early_stopping],
    verbose=0,
)

# Save the model, load it back, and give it raw measurements: the loaded
# Normalization layer still holds the training mean and variance.
model.save("breast_cancer.keras")
loaded = keras.models.load_model("breast_cancer.keras")
loaded_mean = keras.ops.convert_to_numpy(loaded.layers[0].mean)[0]
print("training mean kept:", np.allclose(loaded_mean, x_train.mean(axis=0)))

predictions = loaded.predict(x_test, verbose=0)
print(
    "same predictions:",
    np.allclose(predictions, model.predict(x_test, verbose=0)),
)
predicted = (predictions[:, 0] > 0.5).astype("float32")
print(f"test accuracy of the loaded model: {np.mean(predicted == y_test):.2f}")
