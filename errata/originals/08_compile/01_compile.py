from keras.model import Sequential
from keras.layer import Dense
from keras.optimizers import Adam

# define the model

model = Sequential()
model.add(Dense(64, activation='relu', input_shape=(748,)))
model.add(Dense(32, activation='relu'))
model.add(Dense(10, activation='softmax))

# model.compile(optimizer=Adam(),
                loss='categorical_crossentropy',
                metrics=['accuracy'])
