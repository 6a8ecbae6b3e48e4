from keras.layers import Dense
from keras.regularizers import L1L2

dense_layer = Dense(128, activation='relu', kernel_regularizer=L1L2(L1=0.01, l2=0.01)) # This creates a dense layer with 128 neurons, ReLU activation,and both L1 and L2 regularization on the withs with a regularizaiton stregth of 0.01 for each.
