import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Features with mean 5 and std 3; the target is a linear function of them.
rng = np.random.default_rng(0)
x = rng.normal(loc=5.0, scale=3.0, size=(256, 3)).astype("float32")
y = (x @ np.array([[1.0], [-2.0], [0.5]]) + 1.0).astype("float32")

bn = layers.BatchNormalization(
    momentum=0.9
)  # a shorter memory than 0.99, for a short fit
model = keras.Sequential([keras.Input(shape=(3,)), bn, layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
model.fit(x, y, epochs=5, batch_size=32, verbose=0)


def show(name, variable):
    print(f"{name:<16}", np.asarray(variable).round(2))


# gamma and beta are trained like any weight, so they leave 1 and 0.
show("gamma", bn.gamma)
show("beta", bn.beta)
# The moving statistics have tracked the data: close to mean 5 and variance 9.
show("moving_mean", bn.moving_mean)
show("moving_variance", bn.moving_variance)

# In inference mode the layer's output has mean about beta and std about gamma,
# not mean 0 and std 1.
out = np.asarray(bn(x, training=False))
print("output mean     ", out.mean(axis=0).round(2))
print("output std      ", out.std(axis=0).round(2))
