import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        layers.Dense(8, activation="relu", name="hidden"),
        layers.Dense(1, activation="sigmoid", name="output"),
    ]
)

# Every Dense layer owns a kernel (one weight per input-neuron connection)
# and a bias (one per neuron). These numbers are what training adjusts.
for weight in model.weights:
    print(f"{weight.path:26} shape={tuple(weight.shape)}")

# hidden: 4 * 8 weights + 8 biases = 40; output: 8 * 1 weights + 1 bias = 9.
print("parameters:", model.count_params())
