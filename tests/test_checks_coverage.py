"""Every snippet is checked for what its lesson claims, not only run."""

from verify import checks
from verify.layout import PROJECT


def test_snippet_has_semantic_checks(snippet):
    lesson = PROJECT.lesson_of(snippet)
    assert checks.load(lesson).of(snippet), (
        f"snippets/{PROJECT.snippet_id(snippet)} has no @check in {PROJECT.relative(lesson.checks)}"
    )
    # pytest would collect a test_*.py snippet as a test module instead of running it.
    assert not snippet.name.startswith("test_"), f"rename {snippet.name}: test_* is pytest's"
