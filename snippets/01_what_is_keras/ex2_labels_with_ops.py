import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.random((300, 4)).astype("float32")

# The labels of 02_define_train_evaluate.py, computed by NumPy.
y_numpy = (x[:, 0] + x[:, 1] > 1.0).astype("float32")

# The same rule with keras.ops: Keras hands the work to the active backend,
# so the result is a tensor of the backend's own library.
total = keras.ops.sum(x[:, :2], axis=1)
y_ops = keras.ops.cast(total > 1.0, "float32")

print("backend:", keras.backend.backend())
library = type(y_ops).__module__.split(".")[0]
print("result type:", type(y_ops).__name__, "from", library)

# convert_to_numpy works on every backend's tensors.
y_back = keras.ops.convert_to_numpy(y_ops)
print("same labels as NumPy:", bool(np.array_equal(y_back, y_numpy)))
print("labels equal to 1:", int(y_back.sum()), "of", len(y_back))
