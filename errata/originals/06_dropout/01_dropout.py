from keras.models import Sequential
from keras.layers import Dense, Dropout

model = Sequential()
model.add(Dense(128, activation='relu', input_shape=(784,)))
model.add(Dropout(0.5)) # Add a dropout layer with a dropout rate of 0.5 (50%)
model.add(Dense(64, activation='relu'))
model.add(Dense(10, activation='softmax))
