import keras
import numpy as np
from keras import layers

dropout = layers.Dropout(0.5, seed=0)
x = np.ones((100, 100), dtype="float32")  # 10,000 values, all equal to 1

# training=True is what fit() uses: about half the values become 0, and the
# others are scaled by 1 / (1 - 0.5) = 2 so that the expected sum stays the
# same.
train_out = np.asarray(dropout(x, training=True))
print(
    f"training:  zeroed {np.mean(train_out == 0):.1%}, "
    f"kept values = {np.unique(train_out)}"
)
print(f"           mean before {x.mean():.3f}, after {train_out.mean():.3f}")

# training=False is what predict() and evaluate() use: the layer changes
# nothing.
infer_out = np.asarray(dropout(x, training=False))
print("inference: output equals input:", np.array_equal(infer_out, x))

# Inside a model, predict() runs in inference mode, so it is deterministic.
model = keras.Sequential(
    [keras.Input(shape=(100,)), layers.Dropout(0.5, seed=0)]
)
predicted = model.predict(x, verbose=0)
print("predict:   output equals input:", np.array_equal(predicted, x))

# To call the model yourself in inference mode, say so with training=False.
called = np.asarray(model(x, training=False))
print(
    "model(x, training=False): output equals input:", np.array_equal(called, x)
)

# rate=1 is accepted, but then nothing gets through: in training the output is
# all zeros.
drop_all = layers.Dropout(1.0)
print(
    "rate=1:    all zeros in training:",
    not np.any(np.asarray(drop_all(x, training=True))),
)
