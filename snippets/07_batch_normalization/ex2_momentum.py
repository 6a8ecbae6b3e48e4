import numpy as np
from keras import layers

# The batch of the example: 256 samples, 3 features with mean about 5, std 3.
rng = np.random.default_rng(0)
x = rng.normal(loc=5.0, scale=3.0, size=(256, 3)).astype("float32")

# momentum=0.5: each training call moves the moving statistics half of the
# way (1 - momentum) from where they are towards the batch's statistics.
bn = layers.BatchNormalization(momentum=0.5)
for _ in range(3):
    bn(x, training=True)

# After 3 calls, the moving mean went 1 - 0.5**3 = 0.875 of the way from 0.
moving_mean = np.asarray(bn.moving_mean)
print("moving_mean:        ", moving_mean.round(3))
print("0.875 * batch mean: ", (0.875 * x.mean(axis=0)).round(3))
