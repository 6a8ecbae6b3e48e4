import keras
import numpy as np
from keras import layers
from keras.regularizers import L1

# Few noisy samples and 20 features, of which only the first two matter:
# an unregularized model fits the noise with the 18 useless features.
rng = np.random.default_rng(0)
x = rng.normal(size=(40, 20)).astype("float32")
noise = rng.normal(scale=1.0, size=40)
y = (2.0 * x[:, 0] - 3.0 * x[:, 1] + noise).reshape(-1, 1).astype("float32")


def make_model(regularizer):
    keras.utils.set_random_seed(0)  # the same initial weights for both models
    model = keras.Sequential(
        [
            keras.Input(shape=(20,)),
            layers.Dense(1, kernel_regularizer=regularizer),
        ]
    )
    model.compile(optimizer=keras.optimizers.SGD(0.05), loss="mse")
    model.fit(x, y, epochs=5, batch_size=4, verbose=0)
    return model


plain = make_model(None)
l1_model = make_model(L1(0.2))

# The loss that fit minimizes (and evaluate reports) is the data loss plus the
# penalties.
mse = float(np.mean((l1_model.predict(x, verbose=0) - y) ** 2))
penalty = float(
    keras.ops.sum(l1_model.losses)
)  # fit adds up every entry of model.losses
print(f"evaluate loss:  {l1_model.evaluate(x, y, verbose=0):.4f}")
print(f"mse + penalty:  {mse + penalty:.4f}")

# L1 pushes the weights of the 18 useless features towards zero.
for name, model in [("no regularizer", plain), ("L1(0.2)", l1_model)]:
    kernel = np.asarray(model.layers[0].kernel).ravel()
    print(
        f"{name:>14}: useful weights {kernel[0]:.2f}, {kernel[1]:.2f}; "
        f"sum(|useless weights|) = {np.abs(kernel[2:]).sum():.3f}"
    )
