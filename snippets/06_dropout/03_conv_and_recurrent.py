import keras
import numpy as np
from keras import layers

# After a convolution: Dropout zeroes single values of the feature maps.
conv_model = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
        layers.Dropout(0.25),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ]
)

# Recurrent layers: LSTM can drop values of its inputs (dropout=) and of its
# previous output as it enters the next step (recurrent_dropout=) itself, and a
# Dropout layer can follow it like any other.
lstm_model = keras.Sequential(
    [
        keras.Input(shape=(10, 8)),  # 10 time steps of 8 features
        layers.LSTM(32, dropout=0.2, recurrent_dropout=0.2),
        layers.Dropout(0.5),
        layers.Dense(1),
    ]
)

rng = np.random.default_rng(0)
images = rng.random((4, 28, 28, 1)).astype("float32")
sequences = rng.random((4, 10, 8)).astype("float32")


def twice(model, data, training):
    """Call the model twice on the same data; say if the outputs are equal."""
    first, second = (
        np.asarray(model(data, training=training)) for _ in range(2)
    )
    return np.allclose(first, second)


# In training mode two calls differ, because different values are dropped each
# time; in inference mode (the mode predict uses) nothing is dropped and the
# calls agree.
for name, model, data in [
    ("Conv2D", conv_model, images),
    ("LSTM", lstm_model, sequences),
]:
    print(
        f"{name:>6}: equal in training mode: {twice(model, data, True)}, "
        f"in inference mode: {twice(model, data, False)}"
    )
