"""What the build renders from the measurements (render/): a snippet line, the notes, and the
errors that name what is wrong. No build needed: Python-Markdown runs the extension here."""

from __future__ import annotations

import subprocess

import markdown
import pytest

from render import notes, selfcheck, snippets
from render.markdown import DIRECTIVE, RenderPreprocessor
from tests import quotas
from verify import backends, records
from verify.layout import INCLUDE, PROJECT, is_lesson_snippet

LESSONS = PROJECT.lessons()
SNIPPET = PROJECT.snippets / "03_instantiate_a_model" / "01_sequential.py"
LINE = '--8<-- "03_instantiate_a_model/01_sequential.py"'


def rendered(*lines: str) -> str:
    return "\n".join(RenderPreprocessor(markdown.Markdown()).run(list(lines)))


def exclude(monkeypatch, table: dict) -> None:
    """Pretend snippets/not_on.toml says ``table``."""
    monkeypatch.setattr(type(PROJECT), "exclusions", lambda self: table)


def test_a_snippet_line_shows_its_code_then_an_output_per_backend():
    text = rendered(LINE)
    assert text.startswith(
        '```{.python #01_sequential title="01_sequential.py"}\n'
        f"{LINE}\n```\n\n"
        f'=== "{backends.PRIMARY.display}"\n\n    ```text title="Output"\n'
        '    --8<-- "03_instantiate_a_model/01_sequential.tensorflow.txt"\n'
    )
    for backend in records.recorded():
        assert f"01_sequential.{backend.name}.txt" in text


def test_a_snippet_line_keeps_its_indentation_and_a_fence_is_left_alone():
    text = rendered("??? success", "", "    " + LINE, "```text", LINE, "```")
    assert '\n    ```{.python #01_sequential title="01_sequential.py"}\n' in text
    assert text.endswith(f"```text\n{LINE}\n```")


def test_a_snippet_that_cannot_run_on_a_backend_says_so_in_its_tab(monkeypatch):
    exclude(monkeypatch, {"03_instantiate_a_model/01_sequential.py": {"jax": "why"}})
    text = rendered(LINE)
    assert '=== "JAX"\n\n    !!! warning "Does not run on JAX"\n        why\n' in text
    assert "01_sequential.jax.txt" not in text
    lesson = PROJECT.lesson_of(SNIPPET)
    assert "`01_sequential.py` does not run on JAX: why" in notes.verified_note(lesson)[1]


def test_a_missing_output_names_its_file_and_the_command(monkeypatch):
    lesson = PROJECT.lesson_of(SNIPPET)
    gone = lesson.outputs / "99_gone.tensorflow.txt"
    monkeypatch.setattr(type(lesson), "output", lambda self, s, b: gone)
    expected = (
        "99_gone.tensorflow.txt is missing: run `make outputs SNIPPET=snippets/03_instantiate"
    )
    with pytest.raises(FileNotFoundError, match=expected):
        rendered(LINE)


def test_a_highlight_covers_the_statement_that_starts_on_its_line():
    source = (PROJECT.snippets / "10_fit" / "01_fit.py").read_text(encoding="utf-8")
    lines = source.splitlines()
    numbers = snippets.highlighted(source, ["history = model.fit("], "here")
    assert lines[numbers[0] - 1].strip().startswith("history = model.fit(")
    assert lines[numbers[-1] - 1].strip() == ")"
    assert len(numbers) > 1
    text = rendered('--8<-- "10_fit/01_fit.py" highlight="history = model.fit("')
    assert f'hl_lines="{" ".join(map(str, numbers))}"' in text


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('--8<-- "10_fit/01_fit.py" highlight="no such text"', "on no line of the snippet"),
        ('--8<-- "10_fit/01_fit.py" hl_lines="3"', "unknown option"),
        ('--8<-- "10_fit/99_gone.py"', "10_fit/99_gone.py is no file under snippets/"),
        ("::: verified.notes 10_fit", "unknown directive"),
        ("::: verified.note 99_gone", "no lesson named '99_gone'"),
    ],
    ids=["unknown highlight", "unknown option", "missing snippet", "unknown directive", "lesson"],
)
def test_bad_input_fails_naming_it(line, error):
    with pytest.raises((LookupError, ValueError, FileNotFoundError), match=error):
        rendered(line)


def test_page_opens_with_the_lesson_and_ends_with_how_it_was_verified(lesson):
    text = lesson.page.read_text(encoding="utf-8")
    assert text.count(f"::: verified.note {lesson.name}\n") == 1, f"docs/{lesson.page.name}"
    out = rendered(*text.split("\n---\n", 1)[1].splitlines())
    title, after_title = out.split("\n# ", 1)[1].split("\n", 1)
    blocks = [b.strip("\n") for b in after_title.split("\n\n") if b.strip()]
    # Under the title: one compact line, then the lesson's first paragraph; no admonition.
    line, first = blocks[0], blocks[1]
    assert line.endswith("{ .verified-line }") and "\n" not in line.removesuffix(
        "\n{ .verified-line }"
    ), f"{lesson.page.name}: the Verified line is more than a line"
    assert not first.lstrip().startswith(("!!!", "???", "::: ", "--8<--")), (
        f"docs/{lesson.page.name} opens with {first[:40]!r}, not a paragraph of the lesson"
    )
    # The details close the page, after its exercises.
    footer = out.split("\n---\n")[-1]
    assert footer.startswith("\n**How these examples were verified.**"), lesson.page.name
    assert backends.processors_note() in footer
    assert out.count("errata.md#") == 1, f"{lesson.page.name}: one link to the source's history"


def test_each_page_says_when_its_examples_last_ran_green(lesson):
    sha, date = subprocess.run(
        ["git", "log", "-1", "--format=%H %cs"], capture_output=True, text=True, check=True
    ).stdout.split()
    line, footer = notes.verified_note(lesson)
    assert line.startswith(f"Examples verified {date} on Keras "), line
    assert f"from commit `{sha[:7]}` of {date}" in footer


def test_every_snippet_line_of_a_page_renders(lesson):
    text = lesson.page.read_text(encoding="utf-8")
    shown = [t for t in INCLUDE.findall(text) if is_lesson_snippet(t)]
    assert shown, f"docs/{lesson.page.name} shows no snippet"
    out = "\n".join(RenderPreprocessor(markdown.Markdown()).run(text.splitlines()))
    for target in shown:
        assert f'title="{target.split("/")[1]}"' in out


def test_every_plot_is_shown_under_its_snippet():
    plotted = sorted((PROJECT.docs / "plots").rglob("*.svg"))
    assert len(plotted) >= quotas.PLOTS, f"the training pages show fewer than {quotas.PLOTS} plots"
    for plot in plotted:
        stem = plot.stem.split("-")[0]
        snippet = PROJECT.snippets / plot.parent.name / f"{stem}.py"
        assert snippet.is_file(), f"{PROJECT.relative(plot)}: no snippet {stem}.py"
        shown = snippets.plots(PROJECT.lesson_of(snippet), snippet)
        assert any(PROJECT.relative(plot).removeprefix("docs/") in line for line in shown)


def test_home_page_renders_the_versions():
    assert "::: verified.versions" in (PROJECT.docs / "index.md").read_text(encoding="utf-8")
    note = notes.versions_note()
    for backend in records.recorded():
        assert records.load(backend.name)["versions"][backend.name] in note


SELFCHECK = [
    "::: verified.selfcheck 15_weights_and_outputs/01_get_set_weights.py",
    "    What shapes does `model.get_weights()` return?",
    "",
    "    - `[(3, 4), (4, 1)]`",
    "    - `[(3, 4), (4,), (4, 1), (1,)]`",
]


def selfchecks(text: str) -> list[tuple[str, list[str]]]:
    """Each self-check of a page: its snippet and its body."""
    lines = text.splitlines()
    return [
        (match["arg"], selfcheck.body_of(lines, number))
        for number, line in enumerate(lines, 1)
        if (match := DIRECTIVE.match(line)) and match["name"] == "selfcheck"
    ]


def test_a_selfcheck_answer_is_the_choice_its_output_holds():
    text = rendered(*SELFCHECK)
    assert text.startswith('!!! question "Check yourself"\n')
    answer = text.split('??? success "Answer"', 1)[1]
    assert "**B**: `[(3, 4), (4,), (4, 1), (1,)]`" in answer
    assert "model: [(3, 4), (4,), (4, 1), (1,)]" in answer  # the output line that proves it


def test_a_selfcheck_fails_when_its_output_no_longer_holds_one_choice(monkeypatch, tmp_path):
    lesson = PROJECT.lesson_of(
        PROJECT.snippets / "15_weights_and_outputs" / "01_get_set_weights.py"
    )
    changed = tmp_path / "changed.txt"
    changed.write_text("model: [(3, 5), (5,), (5, 1), (1,)]\n", encoding="utf-8")
    monkeypatch.setattr(type(lesson), "output", lambda self, s, b: changed)
    with pytest.raises(ValueError, match="must hold exactly one choice.*none of the choices"):
        rendered(*SELFCHECK)
    changed.write_text("[(3, 4), (4, 1)] or [(3, 4), (4,), (4, 1), (1,)]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="must hold exactly one choice"):
        rendered(*SELFCHECK)


def test_each_lesson_asks_selfchecks_about_its_own_snippets(lesson):
    text = lesson.page.read_text(encoding="utf-8")
    found = selfchecks(text)
    assert len(found) >= quotas.SELF_CHECKS_PER_LESSON, (
        f"docs/{lesson.page.name} has {len(found)} self-checks"
    )
    shown = set(INCLUDE.findall(text))
    for target, body in found:
        assert target in shown, f"docs/{lesson.page.name} asks about {target}, not on the page"
        # Renders, so exactly one choice holds on each backend.
        assert "Check yourself" in rendered(f"::: verified.selfcheck {target}", *body)


def test_the_course_has_enough_selfchecks():
    count = sum(len(selfchecks(lesson.page.read_text(encoding="utf-8"))) for lesson in LESSONS)
    assert count >= quotas.SELF_CHECKS_IN_ALL
