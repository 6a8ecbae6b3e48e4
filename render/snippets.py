"""A snippet as a page shows it: its code, what it printed on each backend, its plots.

A page shows a snippet with one line, outside any fence, optionally naming the statements to
highlight by their text (so that an edit to the snippet cannot move the highlight elsewhere)::

    --8<-- "12_early_stopping/01_early_stopping.py" highlight="EarlyStopping(" highlight="callbacks"
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from verify import records
from verify.layout import PROJECT, Lesson

# pymdownx.snippets' include line, outside a fence, of a lesson's snippet, with options.
SNIPPET_LINE = re.compile(
    r'^(?P<indent>[ \t]*)-{1,}8<-{1,}[ \t]+"(?P<target>\d\d_[a-z0-9_]+/[^"/]+\.py)"'
    r"(?P<options>(?:[ \t]+\w+=(?:\"[^\"]*\"|'[^']*'))*)[ \t]*$"
)
OPTION = re.compile(r"(\w+)=(?:\"([^\"]*)\"|'([^']*)')")
PLOTS = PROJECT.docs / "plots"


def options(text: str) -> list[tuple[str, str]]:
    return [(m[1], m[2] if m[2] is not None else m[3]) for m in OPTION.finditer(text)]


def highlighted(source: str, patterns: list[str], where: str) -> list[int]:
    """The line numbers to highlight: for each pattern, the first line that contains it, and
    the whole statement that starts on that line (``model.fit(`` covers the call's lines)."""
    lines = source.splitlines()
    statements = {
        node.lineno: node.end_lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.stmt)
    }
    numbers: list[int] = []
    for pattern in patterns:
        found = next((i for i, line in enumerate(lines, 1) if pattern in line), None)
        if found is None:
            raise LookupError(f"{where}: highlight={pattern!r} is on no line of the snippet")
        numbers += range(found, statements.get(found, found) + 1)
    return sorted(set(numbers))


def output_tabs(lesson: Lesson, snippet: Path) -> list[str]:
    """What the snippet printed, one content tab per backend with a verified record."""
    excluded = lesson.not_on(snippet)
    lines = []
    for backend in records.recorded():
        lines += [f'=== "{backend.display}"', ""]
        if backend.name in excluded:
            lines += [
                f'    !!! warning "Does not run on {backend.display}"',
                f"        {excluded[backend.name]}",
            ]
        else:
            output = lesson.output(snippet, backend.name)
            if not output.is_file():
                raise FileNotFoundError(
                    f"{PROJECT.relative(output)} is missing: run "
                    f"`make outputs SNIPPET={PROJECT.relative(snippet)}`"
                )
            lines += [
                '    ```text title="Output"',
                f'    --8<-- "{PROJECT.relative(output).removeprefix("outputs/")}"',
                "    ```",
            ]
        lines.append("")
    return lines


def plots(lesson: Lesson, snippet: Path) -> list[str]:
    """The figures ``make outputs`` drew for the snippet: its training curves, figures it saved."""
    lines = []
    for plot in sorted((PLOTS / lesson.name).glob(f"{snippet.stem}*.svg")):
        if plot.stem == snippet.stem:
            alt = (
                f"Training curves of {snippet.name}: loss and val_loss, and accuracy and "
                "val_accuracy where measured, per epoch"
            )
        elif plot.stem.startswith(f"{snippet.stem}-"):
            alt = (
                f"The figure {snippet.name} saved, {plot.stem.removeprefix(snippet.stem + '-')}.svg"
            )
        else:  # another snippet whose name starts the same
            continue
        lines += [f"![{alt}]({PROJECT.relative(plot).removeprefix('docs/')})", ""]
    return lines


def render(target: str, option_text: str, where: str) -> list[str]:
    """The Markdown that a snippet line stands for."""
    snippet = PROJECT.snippets / target
    if not snippet.is_file():
        raise FileNotFoundError(f"{where}: {target} is no file under snippets/")
    lesson = PROJECT.lesson_of(snippet)
    attributes = [".python", f"#{snippet.stem}", f'title="{snippet.name}"']
    chosen = options(option_text)
    unknown = {name for name, _ in chosen} - {"highlight"}
    if unknown:
        raise ValueError(f"{where}: unknown option(s) {sorted(unknown)}; known: highlight")
    patterns = [value for name, value in chosen if name == "highlight"]
    if patterns:
        source = snippet.read_text(encoding="utf-8")
        numbers = highlighted(source, patterns, f"{where} ({target})")
        attributes.append(f'hl_lines="{" ".join(map(str, numbers))}"')
    code = [f"```{{{' '.join(attributes)}}}", f'--8<-- "{target}"', "```", ""]
    return code + output_tabs(lesson, snippet) + plots(lesson, snippet)
