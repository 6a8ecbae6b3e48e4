import numpy as np

# 500 samples stored in order: all samples of class 0 first, then class 1.
rng = np.random.default_rng(0)
x = rng.normal(size=(500, 4)).astype("float32")
y = (x[:, 0] + x[:, 1] > 0).astype("float32")
order = np.argsort(y, kind="stable")
x, y = x[order], y[order]
print(f"class 1 in the last 20% as stored: {y[-100:].mean():.0%}")

# Shuffle once: one permutation of the row numbers, used for x and y alike,
# so that each sample keeps its label.
shuffled = rng.permutation(len(x))
n_train, n_val = int(0.6 * len(x)), int(0.2 * len(x))
train_rows, val_rows, test_rows = np.split(
    shuffled, [n_train, n_train + n_val]
)

x_train, y_train = x[train_rows], y[train_rows]
x_val, y_val = x[val_rows], y[val_rows]
x_test, y_test = x[test_rows], y[test_rows]
print("sizes:", len(x_train), len(x_val), len(x_test))

# No row is in two parts, and together the parts hold all 500 rows.
train_set, val_set, test_set = set(train_rows), set(val_rows), set(test_rows)
shared = (train_set & val_set) | (train_set & test_set) | (val_set & test_set)
print("rows in two parts:", len(shared))
print("rows in all:", len(train_set | val_set | test_set))
for name, labels in [
    ("train", y_train),
    ("validation", y_val),
    ("test", y_test),
]:
    print(f"class 1 in {name}: {labels.mean():.0%}")
