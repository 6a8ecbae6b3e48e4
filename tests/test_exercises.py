"""Every page ends with exercises, each solved by a snippet of its own lesson that is run and
checked like the examples (verify/exercises.py reads the section)."""

from __future__ import annotations

import re

from tests import quotas
from verify import exercises
from verify.layout import EXERCISE, INCLUDE, PROJECT

LESSONS = PROJECT.lessons()
# A task's link to an example of its page: [`01_fit.py`](#01_fit).
LOCAL_LINK = re.compile(r"\]\(#([\w-]+)\)")


def section(lesson) -> exercises.Section:
    return exercises.read(lesson.page.read_text(encoding="utf-8"))


def test_page_ends_with_its_exercises(lesson):
    page = PROJECT.relative(lesson.page)
    tasks = section(lesson).exercises
    assert len(tasks) >= quotas.EXERCISES_PER_PAGE, (
        f"{page} has {len(tasks)} exercises (### Exercise N: ...) under '## Exercises'; "
        f"each page needs {quotas.EXERCISES_PER_PAGE}"
    )
    assert [t.number for t in tasks] == list(range(1, len(tasks) + 1)), (
        f"{page}: exercises are not numbered 1, 2, ... in order"
    )
    text = lesson.page.read_text(encoding="utf-8")
    after = text.split(f"\n{exercises.SECTION}\n", 1)[1]
    assert not re.search(r"^## ", after, re.MULTILINE), f"{page}: a section follows Exercises"


def test_each_exercise_has_its_solution_snippet(lesson):
    page = PROJECT.relative(lesson.page)
    for task in section(lesson).exercises:
        where = f"{page}, {task.heading!r}"
        assert task.task, f"{where}: no task text before its solution"
        assert task.solution, f'{where}: no `??? success "Solution"` block including a snippet'
        folder, _, name = task.solution.partition("/")
        number = EXERCISE.match(name)
        assert folder == lesson.name and number, (
            f"{where}: its solution is {task.solution}; it must be "
            f"{lesson.name}/ex{task.number}_<name>.py"
        )
        assert int(number[1]) == task.number, f"{where}: includes the solution of another one"
        assert task.stray == [], f"{where}: text after the solution block: {task.stray[0]!r}"


def test_every_solution_snippet_solves_one_exercise(lesson):
    solutions = [t.solution for t in section(lesson).exercises]
    files = [f"{lesson.name}/{p.name}" for p in lesson.exercises]
    assert sorted(solutions) == files, (
        f"{PROJECT.relative(lesson.folder)}: the exercise solutions {files} and those "
        f"{PROJECT.relative(lesson.page)} shows, {solutions}, differ"
    )


def test_starting_points_are_examples_of_the_page(lesson):
    text = lesson.page.read_text(encoding="utf-8")
    examples = {p.stem for p in lesson.snippets}
    for task in section(lesson).exercises:
        for anchor in LOCAL_LINK.findall(task.task):
            assert anchor in examples, (
                f"{PROJECT.relative(lesson.page)}, {task.heading!r}: links #{anchor}, "
                "which is no example of the page"
            )
            # Its snippet line gives the block its id (render/snippets.py).
            shown = [t for t in INCLUDE.findall(text) if t == f"{lesson.name}/{anchor}.py"]
            assert shown, f"{PROJECT.relative(lesson.page)} links #{anchor} but does not show it"


def test_the_course_has_enough_exercises():
    count = sum(len(section(lesson).exercises) for lesson in LESSONS)
    assert count >= quotas.EXERCISES_IN_ALL, (
        f"{count} exercises in all; the course needs {quotas.EXERCISES_IN_ALL}"
    )
