# get the ouput of the first layer
outpu = model.layers[0].output
