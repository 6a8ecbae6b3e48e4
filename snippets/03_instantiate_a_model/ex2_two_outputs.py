import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# One input, a hidden layer that both outputs share, and two outputs: which of
# 10 digits the image shows, and the probability that the digit is odd.
inputs = keras.Input(shape=(784,), name="image_features")
shared = layers.Dense(64, activation="relu")(inputs)
digit = layers.Dense(10, activation="softmax", name="digit")(shared)
odd = layers.Dense(1, activation="sigmoid", name="odd")(shared)

model = keras.Model(inputs=inputs, outputs=[digit, odd])
# 784*64 + 64 = 50,240 shared; 64*10 + 10 = 650; 64*1 + 1 = 65
print("parameters:", model.count_params())

# Synthetic data: the digit is the largest of 10 fixed random combinations of
# the 784 features; "odd" follows from the digit.
rng = np.random.default_rng(0)
x = rng.normal(size=(1024, 784)).astype("float32")
digits = np.argmax(x @ rng.normal(size=(784, 10)), axis=1)
is_odd = (digits % 2).astype("float32")

# One loss per output, keyed by the outputs' names; training minimizes their
# sum.
model.compile(
    optimizer="adam",
    loss={
        "digit": "sparse_categorical_crossentropy",
        "odd": "binary_crossentropy",
    },
    metrics={"digit": ["accuracy"], "odd": ["accuracy"]},
)
targets = {"digit": digits, "odd": is_odd}
history = model.fit(x, targets, epochs=5, batch_size=32, verbose=0)

logs = history.history
print("history:", sorted(logs))
for epoch in [0, 4]:
    print(
        f"epoch {epoch + 1}: loss {logs['loss'][epoch]:.2f} = "
        f"{logs['digit_loss'][epoch]:.2f} + {logs['odd_loss'][epoch]:.2f}; "
        f"accuracy digit {logs['digit_accuracy'][epoch]:.2f}, "
        f"odd {logs['odd_accuracy'][epoch]:.2f}"
    )

# predict returns one array per output, in the order of outputs=[...].
digit_probabilities, odd_probability = model.predict(x[:4], verbose=0)
print("digit:", digit_probabilities.shape, "odd:", odd_probability.shape)
rows_sum_to_1 = np.allclose(digit_probabilities.sum(axis=1), 1.0, atol=1e-5)
print("each digit row sums to 1:", rows_sum_to_1)
