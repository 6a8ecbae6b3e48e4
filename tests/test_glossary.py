"""The glossary (includes/abbreviations.md): each term once, used somewhere, shown everywhere."""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from render import glossary
from tests import quotas
from verify.layout import PROJECT


def test_each_term_is_defined_once():
    counts = Counter(term for term, _ in glossary.entries())
    assert [term for term, n in counts.items() if n > 1] == []
    lines = [line for line in glossary.FILE.read_text(encoding="utf-8").splitlines() if line]
    assert len(lines) == len(glossary.entries()), "a line of the glossary file is no *[term]:"


def test_the_glossary_has_enough_terms():
    assert len(glossary.terms()) >= quotas.GLOSSARY_TERMS


@pytest.mark.parametrize("term", [term for term, _ in glossary.entries()])
def test_term_is_used_on_a_page(term):
    pages = [p for p in PROJECT.docs.glob("*.md") if p.name != "glossary.md"]
    used = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
    assert any(used.search(p.read_text(encoding="utf-8")) for p in pages), (
        f"{term!r} is in the glossary but on no page: drop it from includes/abbreviations.md"
    )


def test_glossary_page_lists_every_term_and_lessons_show_tooltips(site_dir):
    listed = (site_dir / "glossary" / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", listed))
    missing = [term for term, meaning in glossary.terms().items() if meaning not in text]
    assert missing == [], "the glossary page does not list these"
    for lesson in PROJECT.lessons():
        page = (site_dir / lesson.page_name / "index.html").read_text(encoding="utf-8")
        assert page.count("<abbr title=") >= quotas.GLOSSARY_TOOLTIPS_PER_LESSON, (
            f"{lesson.page_name} shows few glossary tooltips"
        )
