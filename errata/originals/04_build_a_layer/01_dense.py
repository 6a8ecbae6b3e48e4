from keras.layers import Dense

dense_layer = Dense(128, activation='relu')

# Creates a dense layer with 128 neurons using the ReLU activation funciton.
