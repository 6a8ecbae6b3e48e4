import keras
import numpy as np
from keras import layers

rng = np.random.default_rng(0)
model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(16, activation="relu"),
        layers.Dense(3, activation="softmax"),
    ]
)
x_new = rng.normal(size=(5, 4)).astype("float32")

# predict() runs in batches (32 samples by default) and returns a NumPy array.
from_predict = model.predict(x_new, verbose=0)

# Calling the model runs it once on the whole input and returns a tensor of the
# backend (TensorFlow, JAX or PyTorch); convert it when you need NumPy.
# training=False asks for inference mode, which predict() always uses.
from_call = model(x_new, training=False)
print("predict returns a NumPy array:", isinstance(from_predict, np.ndarray))
print("model(x) returns a backend tensor:", keras.ops.is_tensor(from_call))

# Same numbers either way (up to float rounding).
same = np.allclose(
    keras.ops.convert_to_numpy(from_call), from_predict, atol=1e-6
)
print("same values:", same)
