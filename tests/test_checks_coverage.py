"""Every snippet is checked for what its lesson claims, not only run."""

import pytest

from tests import pages, snippet_runner


@pytest.mark.parametrize(
    "snippet",
    pages.snippet_files(),
    ids=pages.snippet_id,
)
def test_snippet_has_semantic_checks(snippet):
    checks_module = f"tests/checks/{snippet.parent.name}.py"
    assert snippet_runner.checks_for(snippet), (
        f"snippets/{snippet.relative_to(pages.SNIPPETS)} has no @check in {checks_module}"
    )
    # pytest would collect a test_*.py snippet as a test module instead of running it.
    assert not snippet.name.startswith("test_"), f"rename {snippet.name}: test_* is pytest's"
