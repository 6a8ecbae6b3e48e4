from keras.models import Model

# define a new model that outpust the outputs of the first layer.
intermediate_model = Model(inputs=model.input, outputs=model.layers[0].output)

# get the output values of the first layer for a sepcific input.
intermediate_output = intermediate_model.predict(x_test)
