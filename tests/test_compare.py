"""The output comparison: exact text, numbers within float noise, integers exact."""

import pytest

from verify.compare import differences

SAME = {
    "identical": ("loss 0.123\n", "loss 0.123\n"),
    "last digit rounds the other way": ("loss 0.123, accuracy 0.950", "loss 0.124, accuracy 0.949"),
    "full precision, 7th digit": ("0.6931471824645996", "0.6931473016738892"),
    "scientific notation, last digit": ("penalty 1.25e-05", "penalty 1.26e-05"),
    "negative numbers": ("[-0.512  0.25 ]", "[-0.513  0.25 ]"),
    "a trailing zero dropped": ("accuracy 0.95", "accuracy 0.949"),
}
DIFFERENT = {
    "two units in the last digit": ("loss 0.123", "loss 0.125"),
    "an integer": ("Total params: 52,650", "Total params: 52,651"),
    "a shape": ("(None, 10)", "(None, 11)"),
    "the text": ("epoch 1: loss 0.5", "epoch 1: val_loss 0.5"),
    "a line more": ("a\n", "a\nb\n"),
    "another seed, at full precision": ("0.5488135039273248", "0.7151893663724195"),
    "a value ten times smaller": ("best learning rate: 0.01", "best learning rate: 0.001"),
}


@pytest.mark.parametrize("committed,printed", SAME.values(), ids=SAME)
def test_float_noise_matches(committed, printed):
    assert differences(committed, printed) is None


@pytest.mark.parametrize("committed,printed", DIFFERENT.values(), ids=DIFFERENT)
def test_a_real_change_is_shown_as_a_diff(committed, printed):
    diff = differences(committed, printed)
    assert diff is not None
    assert "--- committed" in diff and "+++ printed now" in diff
