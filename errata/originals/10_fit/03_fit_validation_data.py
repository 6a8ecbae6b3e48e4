# Assume we have some validation data and labels
val_data = ...
val_labels = ...

model.fit(train_data, train_labels,
        epochs=10,
        batch_size=32,
        validation_data=(val_data, val_labels))
