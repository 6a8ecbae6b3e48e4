import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(64, activation="relu"),
        layers.Dense(32, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]
)

# Plain gradient descent with a step of 0.1, and a loss for integer labels
# (one class index per image, 0 to 9).
model.compile(
    optimizer=keras.optimizers.SGD(learning_rate=0.1),
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)

learning_rate = float(model.optimizer.learning_rate)
optimizer_name = type(model.optimizer).__name__
print("optimizer:", optimizer_name, f"(learning rate {learning_rate:g})")
print("loss:", model.loss)
