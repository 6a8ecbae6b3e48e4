import numpy as np
from keras import layers

# Class labels as strings, as a data file often stores them.
labels = np.array(["dog", "cat", "dog", "bird", "cat", "dog"])

# StringLookup learns a vocabulary, one entry per class, from the labels.
# num_oov_indices=0: no extra entry for unknown strings, so the classes are
# numbered 0, 1, 2, as a classifier's outputs are.
lookup = layers.StringLookup(num_oov_indices=0)
lookup.adapt(labels)
vocabulary = np.array(lookup.get_vocabulary())
print("vocabulary:", vocabulary)  # the most frequent label first
y = np.asarray(lookup(labels))
print("labels as integers:", y)

# Back from class numbers to names: index the vocabulary. Here, class
# numbers as np.argmax of a classifier's predictions would give them.
predicted = np.array([2, 0, 1])
print("predicted names:", vocabulary[predicted])

# The same with NumPy alone: np.unique sorts the names alphabetically.
names, y_numpy = np.unique(labels, return_inverse=True)
print("np.unique:", names, y_numpy)
