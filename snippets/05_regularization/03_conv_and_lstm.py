import keras
from keras import layers
from keras.regularizers import L2

# Convolutional layers take the same kernel_regularizer argument as Dense.
conv_model = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(
            32,
            kernel_size=(3, 3),
            activation="relu",
            kernel_regularizer=L2(1e-4),
        ),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ]
)

# An LSTM has two weight matrices: the kernel (applied to the inputs) and the
# recurrent kernel (applied to the layer's output at the previous time step);
# each has its own argument.
lstm_model = keras.Sequential(
    [
        keras.Input(shape=(20, 8)),  # 20 time steps of 8 features
        layers.LSTM(
            64, kernel_regularizer=L2(1e-4), recurrent_regularizer=L2(1e-4)
        ),
        layers.Dense(1),
    ]
)

print("penalties in the Conv2D model:", len(conv_model.losses))
print("penalties in the LSTM model:  ", len(lstm_model.losses))
