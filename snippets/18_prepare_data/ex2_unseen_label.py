import numpy as np
from keras import layers

labels = np.array(["dog", "cat", "dog", "bird", "cat", "dog"])
new_labels = np.array(["cat", "fish"])  # "fish" was never seen

# As on the page: no entry for unknown strings. An unknown label is an error
# (its type depends on the backend).
strict = layers.StringLookup(num_oov_indices=0)
strict.adapt(labels)
try:
    strict(new_labels)
except Exception as error:
    print("num_oov_indices=0:", type(error).__name__)

# The default, num_oov_indices=1: index 0 is kept for unknown strings, shown
# as "[UNK]" in the vocabulary, and the classes move up to 1, 2, 3.
lenient = layers.StringLookup()
lenient.adapt(labels)
print("vocabulary:", np.array(lenient.get_vocabulary()))
print("training labels:", np.asarray(lenient(labels)))
print("new labels:", np.asarray(lenient(new_labels)))
print("classes for the model:", lenient.vocabulary_size())
