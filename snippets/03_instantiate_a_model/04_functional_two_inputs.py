import keras
import numpy as np
from keras import layers

# What Sequential cannot express: two inputs merged into one output.
image_features = keras.Input(shape=(784,), name="image_features")
metadata = keras.Input(shape=(8,), name="metadata")

x = layers.Dense(32, activation="relu")(image_features)
merged = layers.Concatenate()([x, metadata])
outputs = layers.Dense(10, activation="softmax")(merged)

model = keras.Model(inputs=[image_features, metadata], outputs=outputs)

rng = np.random.default_rng(0)
probabilities = model.predict(
    [rng.random((4, 784)), rng.random((4, 8))],
    verbose=0,
)
print("output shape:", probabilities.shape)
print(
    "each row sums to 1:",
    np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5),
)
