import keras
from keras import layers
from keras.regularizers import L2


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


model = build_model(learning_rate=0.01)
model.summary()
# Each L2 regularizer adds one penalty to the loss that training minimizes.
print("penalties added to the loss:", len(model.losses))
