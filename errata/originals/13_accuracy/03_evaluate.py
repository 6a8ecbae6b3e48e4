loss, accuracy = model.evaluate(x_test, y_test)
