from keras.layers import Conv2D

conv_layer = Conv2D(32, kernel_size(3, 3,), activation 'relu')
