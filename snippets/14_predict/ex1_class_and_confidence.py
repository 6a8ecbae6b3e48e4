import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

rng = np.random.default_rng(0)
x_train = rng.normal(size=(200, 4)).astype("float32")
classes = np.argmax(x_train[:, :3], axis=1)
y_train = keras.utils.to_categorical(classes, num_classes=3)

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, verbose=0)

x_new = rng.normal(size=(8, 4)).astype("float32")
probabilities = model.predict(x_new, verbose=0)

# The class is the column with the highest probability; that probability,
# the row's maximum, says how sure the model is.
predicted_classes = np.argmax(probabilities, axis=1)
confidence = np.max(probabilities, axis=1)
true_classes = np.argmax(x_new[:, :3], axis=1)
for i in range(len(x_new)):
    print(
        f"sample {i}: class {predicted_classes[i]} "
        f"with probability {confidence[i]:.2f} (true {true_classes[i]})"
    )
least_sure = np.argmin(confidence)
print(f"least sure: sample {least_sure}")
