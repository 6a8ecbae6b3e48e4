import keras
import numpy as np
from keras import layers

# Seed Python, NumPy and Keras, so that every run prints the same numbers.
keras.utils.set_random_seed(0)

# A rare class: the label is 1 only when the first feature is above 1.3,
# for about 1 sample in 11.
rng = np.random.default_rng(0)
x = rng.normal(size=(300, 4)).astype("float32")
y = (x[:, 0] > 1.3).astype("float32")
x_train, y_train = x[:200], y[:200]
x_test, y_test = x[200:], y[200:]


def train(class_weight=None):
    """Train a binary classifier; class_weight scales each class's loss."""
    model = keras.Sequential(
        [
            keras.Input(shape=(4,)),
            layers.Dense(16, activation="relu"),
            layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    model.fit(
        x_train,
        y_train,
        epochs=10,
        class_weight=class_weight,
        verbose=0,
    )
    return model


def report(name, model):
    """Test accuracy, and how many of the class-1 samples the model finds."""
    predicted = model.predict(x_test, verbose=0).ravel() > 0.5
    accuracy = np.mean(predicted == (y_test == 1))
    found = int(np.sum(predicted & (y_test == 1)))
    positives = int(y_test.sum())
    counted = f"class 1 found {found} of {positives}"
    print(f"{name}: accuracy {accuracy:.3f}, {counted}")
    return accuracy, found


# The diagnosis: a model that always answers 0 already scores this much.
always_0 = np.mean(y_test == 0)
print(f"share of class 0 in the test set: {always_0:.2f}")
before = report("without class weights", train())

# The fix: make the class-1 samples together count as much as the class-0
# samples together, by weighting each with the ratio of their counts.
ratio = float(np.sum(y_train == 0) / np.sum(y_train == 1))
weights = {0: 1.0, 1: ratio}
model = train(class_weight=weights)
after = report(f"class 1 weighted {ratio:.1f}", model)
