import keras
from keras import layers

# The first layer now has 8 units instead of 4.
model = keras.Sequential(
    [
        keras.Input(shape=(3,)),
        layers.Dense(8, activation="relu"),
        layers.Dense(1),
    ]
)

# Every layer's arrays, in layer order: kernel and bias, kernel and bias.
all_weights = model.get_weights()
print("shapes:", [w.shape for w in all_weights])

# Each array holds w.size numbers; together they are the model's parameters.
total = sum(w.size for w in all_weights)
print("values in get_weights():", total)
print("model.count_params():   ", model.count_params())
