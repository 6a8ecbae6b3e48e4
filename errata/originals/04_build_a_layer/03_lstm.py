from keras.layers import LSTM

lstm_layr = LSTM(64) # This creates a recurrent LSTM layer with 64 units.
