import keras
from keras import layers

# Drive the callback by hand with made-up val_loss values, to see exactly when
# it stops.
val_losses = [
    0.50,
    0.40,
    0.45,
    0.42,
    0.41,
    0.38,
    0.376,
    0.374,
    0.373,
    0.372,
    0.371,
    0.370,
]

model = keras.Sequential([keras.Input(shape=(1,)), layers.Dense(1)])


def run_epochs(**settings):
    callback = keras.callbacks.EarlyStopping(monitor="val_loss", **settings)
    callback.set_model(model)
    model.stop_training = False
    callback.on_train_begin()
    for epoch, val_loss in enumerate(val_losses):
        callback.on_epoch_end(epoch, {"val_loss": val_loss})
        if model.stop_training:
            return f"stops after epoch {epoch + 1}"
    return f"runs all {len(val_losses)} epochs"


# Each epoch is compared with the BEST value so far, not with the previous
# epoch: 0.42 and 0.41 are decreases, but neither beats 0.40 (epoch 2).
print("patience=3:                ", run_epochs(patience=3))
print("patience=4:                ", run_epochs(patience=4))
# With min_delta, an epoch must beat the best value by more than 0.01 to count.
print("patience=4, min_delta=0.01:", run_epochs(patience=4, min_delta=0.01))
