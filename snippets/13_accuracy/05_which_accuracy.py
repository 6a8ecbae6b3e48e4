import keras
import numpy as np
from keras import layers

rng = np.random.default_rng(0)
x = rng.normal(size=(100, 4)).astype("float32")
classes = np.argmax(x[:, :3], axis=1)  # 0, 1 or 2


def accuracy_used(loss, labels, units, activation):
    """Compile with metrics=["accuracy"] and return the metric Keras picked."""
    model = keras.Sequential(
        [keras.Input(shape=(4,)), layers.Dense(units, activation=activation)]
    )
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    # Keras chooses the concrete metric when it first sees labels and
    # predictions.
    model.evaluate(x, labels, verbose=0)
    compile_metrics = model.metrics[1]  # model.metrics[0] tracks the loss
    return type(compile_metrics.metrics[0]).__name__


cases = {
    "one-hot labels, 3 softmax outputs": (
        "categorical_crossentropy",
        keras.utils.to_categorical(classes, num_classes=3),
        3,
        "softmax",
    ),
    "integer labels, 3 softmax outputs": (
        "sparse_categorical_crossentropy",
        classes,
        3,
        "softmax",
    ),
    "0/1 labels, 1 sigmoid output": (
        "binary_crossentropy",
        (classes == 0) * 1.0,
        1,
        "sigmoid",
    ),
}
for description, case in cases.items():
    print(f"{description}: {accuracy_used(*case)}")
