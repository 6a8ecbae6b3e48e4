import keras
from keras import layers

# A classifier for flattened 28x28 images (784 numbers) into 10 classes.
model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(64, activation="relu"),
        layers.Dense(32, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]
)

# compile() attaches what training needs: how to update the weights
# (optimizer), what to minimize (loss) and what to report (metrics). No
# training happens yet.
model.compile(
    optimizer=keras.optimizers.Adam(),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)

learning_rate = float(model.optimizer.learning_rate)
print(
    "optimizer:",
    type(model.optimizer).__name__,
    f"(learning rate {learning_rate:g})",
)
print("loss:", model.loss)
