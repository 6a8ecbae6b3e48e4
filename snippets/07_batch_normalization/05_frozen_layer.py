import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# Features with mean 5 and std 3; the target is a linear function of them.
rng = np.random.default_rng(0)
weights = np.array([[1.0], [-2.0], [0.5]])
x = rng.normal(loc=5.0, scale=3.0, size=(256, 3)).astype("float32")
y = (x @ weights + 1.0).astype("float32")

# "Pretraining": the moving statistics learn the data's mean (5) and variance
# (9).
bn = layers.BatchNormalization(
    momentum=0.9
)  # a shorter memory than 0.99, for a short fit
model = keras.Sequential([keras.Input(shape=(3,)), bn, layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
model.fit(x, y, epochs=5, batch_size=32, verbose=0)
frozen_mean = np.asarray(bn.moving_mean).copy()
frozen_variance = np.asarray(bn.moving_variance).copy()


def show(when):
    mean, variance = np.asarray(bn.moving_mean), np.asarray(bn.moving_variance)
    print(
        f"{when:<18} moving_mean {mean.round(2)}  "
        f"moving_variance {variance.round(2)}"
    )


show("after pretraining:")

# Fine-tuning on new data (mean 2, std 1) with the layer frozen. Changing
# trainable takes effect at the next compile(), so compile again.
bn.trainable = False
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
x_new = rng.normal(loc=2.0, scale=1.0, size=(256, 3)).astype("float32")
y_new = (x_new @ weights + 1.0).astype("float32")
history = model.fit(x_new, y_new, epochs=20, batch_size=32, verbose=0)
print(f"fine-tuning: final loss {history.history['loss'][-1]:.3f}")

# fit() called the layer with training=True, yet the frozen layer ran in
# inference mode: the moving statistics did not move towards the new data's
# mean 2 and variance 1.
show("after fine-tuning:")

# Even with training=True, it normalizes with the moving statistics, not the
# batch's.
train_out = np.asarray(bn(x_new, training=True))
infer_out = np.asarray(bn(x_new, training=False))
print(
    "training=True output equals training=False output:",
    np.allclose(train_out, infer_out),
)
