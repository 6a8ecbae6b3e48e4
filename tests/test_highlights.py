"""Highlighted lines (``hl_lines`` on an include) stay on the lines that make the lesson's
point: each is pinned here to the text it must cover, so that an edit to the snippet that
moves those lines fails here instead of silently highlighting others."""

from __future__ import annotations

import re

import pytest

from verify.layout import PROJECT

# Page -> snippet -> the text of each highlighted line, in order.
PINNED = {
    "05-regularization.md": {"01_l1.py": ["kernel_regularizer=L1(l1=0.01)"]},
    "06-dropout.md": {"01_dropout.py": ["layers.Dropout(0.5),"]},
    "07-batch-normalization.md": {"01_batch_normalization.py": ["layers.BatchNormalization(),"]},
    "10-fit.md": {
        "01_fit.py": ["history = model.fit(", "epochs=10, batch_size=32", ")"],
    },
    "11-validation.md": {"01_validation_data.py": ["validation_data=(x_val, y_val),"]},
    "12-early-stopping.md": {
        "01_early_stopping.py": [
            "early_stopping = keras.callbacks.EarlyStopping(",
            'monitor="val_loss",',
            "patience=3,",
            "restore_best_weights=True,",
            ")",
            "callbacks=[early_stopping],",
        ]
    },
    "13-accuracy.md": {
        "03_evaluate.py": ["loss, accuracy = model.evaluate(x_test, y_test, verbose=0)"]
    },
    "14-predict.md": {
        "02_class_labels.py": ["predicted_classes = np.argmax(probabilities, axis=1)"]
    },
    "15-weights-and-outputs.md": {
        "03_intermediate_model.py": [
            "intermediate_model = keras.Model(",
            "inputs=model.inputs, outputs=model.layers[0].output",
            ")",
        ]
    },
}
FENCE = re.compile(r'^```\{[^}]*title="([^"]+)"[^}]*\}$')
HL_LINES = re.compile(r'hl_lines="([\d\s-]+)"')


def highlights(page: str) -> dict[str, list[int]]:
    """Per snippet, the line numbers its fence on ``page`` highlights."""
    found = {}
    for line in (PROJECT.docs / page).read_text(encoding="utf-8").splitlines():
        if (fence := FENCE.match(line)) and (numbers := HL_LINES.search(line)):
            found[fence[1]] = [int(n) for n in numbers[1].split()]
    return found


@pytest.mark.parametrize("lesson", PROJECT.lessons(), ids=lambda lesson: lesson.page_name)
def test_highlights_cover_their_pinned_lines(lesson):
    page = lesson.page.name
    pinned, shown = PINNED.get(page, {}), highlights(page)
    assert set(shown) == set(pinned), (
        f"docs/{page} highlights lines of {sorted(shown)}; pinned here: {sorted(pinned)}"
    )
    for snippet, texts in pinned.items():
        lines = (lesson.folder / snippet).read_text(encoding="utf-8").splitlines()
        covered = [lines[n - 1].strip() if n <= len(lines) else "" for n in shown[snippet]]
        starts = [n for n, line in enumerate(lines, 1) if texts[0] in line]
        assert len(covered) == len(texts) and all(
            text in line for text, line in zip(texts, covered, strict=True)
        ), (
            f"docs/{page}: hl_lines of {snippet} cover {covered}, not {texts}; "
            f"the first of those is on line {starts} now"
        )
