from keras.models import Sequential
from keras.layers import Dense, BatchNormalization

model = Sequential()
model.add(Dense(128, activation='relu', input_shap=(748,)))
model.add(BatchNormalizatioin())
model.add(Dense(64, activation=relu))
model.add(Dense(10, activation='softmax'))
