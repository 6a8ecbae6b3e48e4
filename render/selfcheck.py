"""Self-checks whose answers are proven: a question about a snippet of the page, its choices,
and the answer, which is never typed in but found in what the snippet printed on each backend.

A page asks one with the directive, then the question and a list of choices, indented::

    ::: verified.selfcheck 04_build_a_layer/01_dense.py
        What shape does the kernel of this `Dense` layer have?

        - `(20, 3)`
        - `(3, 20)`

The answer is the choice that occurs in the snippet's committed output (outputs/NN_slug/), as a
whole token (``0.5`` does not occur in ``0.55``), and on each backend exactly one choice must:
when an output changes so that none or two of them occur, the build fails, naming the page's
line and the output. Backends that print other answers get one each.
"""

from __future__ import annotations

import dataclasses
import re

from verify import records
from verify.layout import PROJECT

LETTERS = "ABCDEFGH"


@dataclasses.dataclass(frozen=True)
class SelfCheck:
    target: str  # NN_slug/name.py
    question: list[str]  # Markdown lines
    choices: list[str]  # Markdown, one line each
    where: str  # the page's line, for errors

    @property
    def lettered(self) -> list[str]:
        """The choices as the reader sees them: ``- **A** ...``."""
        return [f"- **{LETTERS[i]}** {choice}" for i, choice in enumerate(self.choices)]

    @property
    def snippet(self):
        path = PROJECT.snippets / self.target
        if not path.is_file():
            raise FileNotFoundError(f"{self.where}: {self.target} is no file under snippets/")
        return path

    def answers(self) -> dict[str, tuple[int, str]]:
        """Per backend that runs the snippet (its display name): the index of the choice that
        its output holds, and the output's line where it occurs."""
        snippet = self.snippet
        lesson = PROJECT.lesson_of(snippet)
        found = {}
        for backend in records.recorded():
            if backend.name in lesson.not_on(snippet):
                continue
            output = lesson.output(snippet, backend.name)
            if not output.is_file():
                raise FileNotFoundError(
                    f"{self.where}: {PROJECT.relative(output)} is missing: run "
                    f"`make outputs SNIPPET={PROJECT.relative(snippet)}`"
                )
            lines = output.read_text(encoding="utf-8").splitlines()
            hits = [
                (i, line)
                for i, choice in enumerate(self.choices)
                for line in lines
                if occurs(choice, line)
            ]
            matched = sorted({i for i, _ in hits})
            if len(matched) != 1:
                said = [self.choices[i] for i in matched] or "none of the choices"
                named = (
                    output.relative_to(PROJECT.root)
                    if output.is_relative_to(PROJECT.root)
                    else output
                )
                raise ValueError(
                    f"{self.where}: {named} must hold exactly one choice "
                    f"of the self-check, and holds {said}: reword the choices, or the question "
                    "if the output changed"
                )
            found[backend.display] = next(hit for hit in hits if hit[0] == matched[0])
        return found


def plain(text: str) -> str:
    """The text a choice stands for in an output: its Markdown code spans unwrapped, and runs
    of spaces as one (outputs align their columns; a choice need not)."""
    return re.sub(r"\s+", " ", text.replace("`", "")).strip()


def occurs(choice: str, line: str) -> bool:
    """Whether ``choice`` is in ``line`` as a whole token: no letter, digit or decimal part
    continues it on either side."""
    pattern = rf"(?<![\w.]){re.escape(plain(choice))}(?![\w]|\.\d)"
    return re.search(pattern, plain(line)) is not None


def body_of(lines: list[str], start: int) -> list[str]:
    """The lines indented under a directive at ``start - 1``, up to the next unindented one."""
    end = start
    while end < len(lines) and (lines[end].startswith("    ") or not lines[end].strip()):
        end += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def read(lines: list[str], number: int, target: str) -> tuple[SelfCheck, int]:
    """The self-check whose directive is line ``number`` (from 1) of ``lines``, and how many
    lines its body takes after it."""
    body = body_of(lines, number)
    return parse(target, body, f"line {number}: {lines[number - 1].strip()}"), len(body)


def parse(target: str, body: list[str], where: str) -> SelfCheck:
    """The question (the lines before the list) and the choices (``- `` lines)."""
    lines = [line[4:] if line.startswith("    ") else line.strip() for line in body]
    choices = [line[2:].strip() for line in lines if line.startswith("- ")]
    question = [line for line in lines if not line.startswith("- ")]
    while question and not question[-1].strip():
        question.pop()
    if len(choices) < 2 or not any(line.strip() for line in question):
        raise ValueError(
            f"{where}: a self-check needs a question, then at least two choices as '- ' lines, "
            "indented under the directive"
        )
    return SelfCheck(target, question, choices, where)


def answer_text(check: SelfCheck) -> list[str]:
    """The answer, per backend where they differ, with the output line that proves it."""
    answers = check.answers()
    name = check.snippet.name
    by_choice: dict[int, list[tuple[str, str]]] = {}
    for backend, (index, line) in answers.items():
        by_choice.setdefault(index, []).append((backend, line))
    lines = []
    for index, seen in by_choice.items():
        backends = " and ".join(backend for backend, _ in seen)
        lines += [
            f"**{LETTERS[index]}**: {check.choices[index]}. On {backends}, `{name}` printed:",
            "",
            "```text",
            *sorted({line for _, line in seen}),
            "```",
            "",
        ]
    return lines


def render(check: SelfCheck) -> list[str]:
    """The page's Markdown: the question open, the answer collapsed under it."""
    answer = ["    " + line if line else "" for line in answer_text(check)]
    return [
        '!!! question "Check yourself"',
        "",
        *["    " + line if line else "" for line in [*check.question, "", *check.lettered]],
        "",
        '    ??? success "Answer"',
        "",
        *["    " + line if line else "" for line in answer],
        "",
    ]


def for_notebook(check: SelfCheck) -> str:
    """The notebook's Markdown: the question, then the answer in a closed <details>."""
    return "\n".join(
        [
            "**Check yourself.** " + "\n".join(check.question).strip(),
            "",
            *check.lettered,
            "",
            "<details><summary>Answer</summary>",
            "",
            *answer_text(check),
            "</details>",
        ]
    )
