"""The Python-Markdown extension that renders the measurements into the pages.

Enabled in ``mkdocs.yml`` as ``render.markdown``. It runs before pymdownx.snippets, turning
each directive line into Markdown that pymdownx (snippets, superfences, tabbed) renders:

    --8<-- "NN_slug/name.py" [highlight="text"]   a snippet, its output per backend, its plots
    ::: verified.note NN_slug                     a lesson's Verified line, and its footer at
                                                  the end of the page
    ::: verified.versions                         the versions and processors that verified it
    ::: verified.compatibility                    the compatibility matrix (outputs/compat.json)
    ::: verified.errata                           the errata page's part on each original block
    ::: verified.selfcheck NN_slug/name.py        a self-check: the question and choices
        question, then "- choice" lines           indented under it, the answer found in the
                                                  snippet's outputs (selfcheck.py)

A directive inside a fenced block is left alone; an unknown one fails the build, naming it.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

from render import compatibility, errata, notes, selfcheck, snippets
from verify.errata import load_blocks
from verify.layout import PROJECT

DIRECTIVE = re.compile(
    r"^(?P<indent>[ \t]*)::: verified\.(?P<name>[\w-]+)(?:[ \t]+(?P<arg>\S+))?[ \t]*$"
)
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def lesson_named(name: str | None, line: str):
    for lesson in PROJECT.lessons():
        if lesson.name == name:
            return lesson
    raise LookupError(f"{line.strip()!r}: no lesson named {name!r} (NN_slug)")


def directive(name: str, arg: str | None, line: str) -> str | tuple[str, str]:
    """The Markdown of a directive; for a lesson's note, its line and the page's footer."""
    if name == "note":
        return notes.verified_note(lesson_named(arg, line))
    if name == "versions":
        return notes.versions_note()
    if name == "compatibility":
        return compatibility.matrix()
    if name == "errata":
        return errata.render_blocks(load_blocks())
    raise LookupError(f"{line.strip()!r}: unknown directive (see render/markdown.py)")


class RenderPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out, fence, footer, skip = [], None, [], 0
        for number, line in enumerate(lines, 1):
            if skip:
                skip -= 1
                continue
            if fence:
                out.append(line)
                if line.strip().startswith(fence):
                    fence = None
                continue
            if opened := FENCE.match(line):
                fence = opened[1]
                out.append(line)
            elif match := snippets.SNIPPET_LINE.match(line):
                where = f"line {number}: {line.strip()}"
                rendered = snippets.render(match["target"], match["options"], where)
                out += [match["indent"] + text if text else "" for text in rendered]
            elif (match := DIRECTIVE.match(line)) and match["name"] == "selfcheck":
                check, skip = selfcheck.read(lines, number, match["arg"] or "")
                out += [match["indent"] + text if text else "" for text in selfcheck.render(check)]
            elif match := DIRECTIVE.match(line):
                rendered = directive(match["name"], match["arg"], line)
                if isinstance(rendered, tuple):
                    rendered, more = rendered
                    footer += ["", *more.splitlines()]
                out += [match["indent"] + text if text else "" for text in rendered.splitlines()]
            else:
                out.append(line)
        return out + footer


class RenderExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        # Above pymdownx.snippets (32), which then reads the include lines this writes.
        md.preprocessors.register(RenderPreprocessor(md), "verified_render", 33)


def makeExtension(**kwargs):  # noqa: N802 (how Python-Markdown finds an extension)
    return RenderExtension(**kwargs)
