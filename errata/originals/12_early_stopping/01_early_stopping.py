from keras.callbacks import earlyStopping

# define the early stopping callback
earlystop_callback = EarlyStopping(
    monitor='val_loss', #monitor the validation loss
    patience=3, # number of epochs to wait befor tropping
    restore_best_weights=True) # restore the best height from training

# fit the model
history = model.fit(
    x_train, y_train,
    epoch=100, # maximum number of epochs to run
    validation_data = (x_val, y_val),
    callbacks=[earlystop_callback]) #pass the early stopping callback
