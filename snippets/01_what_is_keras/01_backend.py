import keras

# Keras itself only describes models; a backend library does the numerical
# work. The backend is chosen before Keras is imported, with the KERAS_BACKEND
# environment variable (or ~/.keras/keras.json); without either, Keras 3 uses
# TensorFlow.
print("Keras version:", keras.__version__)
print("backend:", keras.backend.backend())
