# assuming that you have new data in x_new
predictions = model.predict(x_new)
