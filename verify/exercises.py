"""The Exercises section at the end of a lesson page: its tasks and the snippets solving them.

The page writes it in this form, which the tests and the notebook builder read here:

    ## Exercises

    <a short introduction>

    ### Exercise N: <title>

    <the task, in Markdown: what to do, and what the reader sees when it works>

    ??? success "Solution"

        --8<-- "NN_<slug>/exN_<name>.py"

(the snippet line, which the build renders as the code and its outputs: render/snippets.py).

The section ends at the next ``## `` heading or at the end of the page.
"""

from __future__ import annotations

import dataclasses
import re

SECTION = "## Exercises"
HEADING = re.compile(r"^### Exercise (\d+): (.+)$")
SOLUTION = '??? success "Solution"'
SOLUTION_INCLUDE = re.compile(r'^ {4}-{1,}8<-{1,}\s+"([^"]+\.py)"\s*$')


@dataclasses.dataclass(frozen=True)
class Exercise:
    number: int
    title: str
    task: str  # the Markdown between the heading and the solution
    solution: str | None  # what the solution block includes: "NN_<slug>/exN_<name>.py"
    stray: list[str]  # lines after the solution block, outside it: the tests reject them

    @property
    def heading(self) -> str:
        return f"### Exercise {self.number}: {self.title}"


@dataclasses.dataclass(frozen=True)
class Section:
    before: str  # the page up to the section (all of it when there is none)
    intro: str
    exercises: list[Exercise]


def read(page_text: str) -> Section:
    """Split a page into what comes before its Exercises section, and the section."""
    lines = page_text.splitlines()
    if SECTION not in lines:
        return Section(page_text, "", [])
    start = lines.index(SECTION)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    blocks: list[list[str]] = [[]]  # the intro, then one block of lines per exercise
    for line in lines[start + 1 : end]:
        if HEADING.match(line):
            blocks.append([])
        blocks[-1].append(line)
    return Section(
        "\n".join(lines[:start]) + "\n",
        "\n".join(blocks[0]).strip(),
        [exercise(block) for block in blocks[1:]],
    )


def exercise(block: list[str]) -> Exercise:
    heading = HEADING.match(block[0])
    body = block[1:]
    cut = body.index(SOLUTION) if SOLUTION in body else len(body)
    includes = [m[1] for line in body[cut:] if (m := SOLUTION_INCLUDE.match(line))]
    return Exercise(
        number=int(heading[1]),
        title=heading[2].strip(),
        task="\n".join(body[:cut]).strip(),
        solution=includes[0] if includes else None,
        stray=[line for line in body[cut + 1 :] if line.strip() and not line.startswith("    ")],
    )
