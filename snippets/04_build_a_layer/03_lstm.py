import numpy as np
from keras import layers

# A recurrent LSTM layer with 64 units.
lstm_layer = layers.LSTM(64)

# Sequences go in as (batch, timesteps, features): 4 sequences of 10 steps, 3
# numbers each.
rng = np.random.default_rng(0)
sequences = rng.random((4, 10, 3)).astype("float32")
last_output = lstm_layer(sequences)

print("input shape: ", sequences.shape)
# By default the LSTM returns only its output after the last step: 64 numbers
# per sequence.
print("output shape:", tuple(last_output.shape))
for weight in lstm_layer.weights:
    # Four blocks of 64 columns: the input, forget and output gates and the
    # candidate.
    print(f"{weight.name:17} shape={tuple(weight.shape)}")
# 4 blocks * (3 input features + 64 recurrent + 1 bias) * 64 units
print("parameters:", lstm_layer.count_params())

# With return_sequences=True it returns the output of every step, as a next
# LSTM needs.
all_outputs = layers.LSTM(64, return_sequences=True)(sequences)
print("return_sequences=True:", tuple(all_outputs.shape))
