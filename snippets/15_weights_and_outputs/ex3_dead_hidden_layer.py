import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Three classes: the class is the index of the largest of the first three
# features.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = np.argmax(x[:, :3], axis=1)


def train(bias_initializer):
    """Train a classifier whose hidden layer starts from this bias."""
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(
                16,
                activation="relu",
                bias_initializer=bias_initializer,
                name="hidden",
            ),
            layers.Dense(3, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    history = model.fit(x, y, epochs=10, verbose=0)
    return model, history


def look_inside(name, model, history):
    """Print the loss, the accuracy and how often the hidden units are 0."""
    output = model.get_layer("hidden").output
    hidden = keras.Model(inputs=model.inputs, outputs=output)
    activations = hidden.predict(x, verbose=0)
    zeros = np.mean(activations == 0.0)
    loss, accuracy = history.history["loss"], history.history["accuracy"]
    print(
        f"{name:7s}: loss {loss[0]:.3f} -> {loss[-1]:.3f}, "
        f"accuracy {accuracy[-1]:.3f}, hidden outputs at 0: {zeros:.0%}"
    )
    return zeros


# The bug: a bias of -5 puts every unit's input far below 0, where ReLU
# outputs 0 and passes back no gradient, so the layer can never recover.
broken, broken_history = train(keras.initializers.Constant(-5.0))
broken_zeros = look_inside("bias -5", broken, broken_history)
_, broken_bias = broken.get_layer("hidden").get_weights()
print("hidden bias still -5 after training:", np.all(broken_bias == -5.0))

# The fix: the default zero bias.
model, history = train("zeros")
zeros = look_inside("bias 0", model, history)
