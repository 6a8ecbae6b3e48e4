import keras
from keras import layers
from sklearn.datasets import load_digits

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# 1797 grayscale images of handwritten digits, 8x8 pixels valued 0 to 16.
digits = load_digits()
# Add the channel axis and scale the pixels to 0-1.
images = digits.images.reshape(-1, 8, 8, 1).astype("float32") / 16
labels = digits.target  # the digit, 0 to 9
x_train, y_train = images[:1347], labels[:1347]
x_test, y_test = images[1347:], labels[1347:]  # 450 images kept for the test

model = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 1)),
        layers.Conv2D(
            16, kernel_size=(3, 3), padding="same", activation="relu"
        ),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Conv2D(
            32, kernel_size=(3, 3), padding="same", activation="relu"
        ),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),  # one probability per digit
    ]
)
for layer in model.layers:
    print(f"{layer.name:26} {layer.output.shape}")
print("parameters:", model.count_params())
print("of which in the Dense layer:", model.layers[-1].count_params())

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.01),
    loss="sparse_categorical_crossentropy",  # labels are class numbers
    metrics=["accuracy"],
)
history = model.fit(x_train, y_train, epochs=10, batch_size=32, verbose=0)
_, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"accuracy on 450 unseen images: {accuracy:.2f}")
