from keras.layers import Dense
from keras.regurlarizers import L1

dense_layer = Dense(128, activation='relu', kernel_regularizer=L1(l1=0.01))

#This creates a dense layer with 128 neurons, ReLU activation, and L1 regularization on hte weights with a regularization strength of 0.01
