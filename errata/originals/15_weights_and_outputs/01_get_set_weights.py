# get the weights of the first layer
weights = model.layers[0].get_weights()

# set the weights of the first layer
model.layer[0].set_weigts(weights)
