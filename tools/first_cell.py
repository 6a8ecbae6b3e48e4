"""The body of every notebook's first cell (tools/notebooks.py puts the lesson's constants
above it): it sets the backend before anything imports Keras, and installs only what is missing
or outside the range the lesson was measured on. It must run on a bare Python: stdlib only."""

# ruff: noqa: F821 (BACKEND, RANGES and EXTRAS come from the lines above it in the cell)
import os

os.environ["KERAS_BACKEND"] = BACKEND  # before `import keras`, or Keras keeps its default

import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version


def release(text):
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def installed(package):
    try:
        return version(package)
    except PackageNotFoundError:
        return None


pins, found = [], []
for package, (oldest, newest) in RANGES[BACKEND].items():
    have = installed(package)
    found.append(f"{package} {have or 'missing'}")
    if have is None or not release(oldest) <= release(have) <= release(newest):
        pins.append(f"{package}=={newest}")
for package, pinned in EXTRAS.items():
    if installed(package) is None:
        found.append(f"{package} missing")
        pins.append(f"{package}=={pinned}")
verified = ", ".join(f"{p} {new}" for p, (_, new) in RANGES[BACKEND].items())
measured = ", ".join(f"{p} {old} to {new}" for p, (old, new) in RANGES[BACKEND].items())
verdict = "outside it, installing " + " ".join(pins) if pins else "inside it"
print(
    f"Verified with {verified}; measured to run on {measured}. "
    f"Installed: {', '.join(found)}: {verdict}."
)
if pins and subprocess.run([sys.executable, "-m", "pip", "install", "-q", *pins]).returncode:
    print("pip could not install them here: the examples may fail or print other numbers.")
if "keras" in sys.modules and sys.modules["keras"].backend.backend() != BACKEND:
    print("Keras was imported before this cell: restart the kernel, then run this cell first.")
