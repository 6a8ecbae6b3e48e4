history = model.fit(x_train, y_train,
                    epochs = 10,
                    validation_data=(x_val, y_val))
