"""The errata page's part on each original code block, from ``errata/errors.toml``.

The page's own prose (introduction, wrong claims, typos) is written by hand; this part is
rendered when the site is built, so the page and the recorded errors cannot disagree.
"""

from __future__ import annotations

from pathlib import Path

from verify.errata import Block
from verify.layout import PROJECT

# The lesson of each block -> the heading of its part of this page.
HEADINGS = {
    3: "Instantiate a model",
    4: "Build a layer",
    5: "Add regularization to a layer",
    6: "Add dropout to a layer",
    7: "Add batch normalization",
    8: "Compile a model",
    10: "Fit a model",
    11: "Use validation data",
    12: "Stop training early",
    13: "Measure accuracy",
    14: "Make predictions",
    15: "Access weights and outputs",
}


def error_text(block: Block) -> str:
    error, name = block.error, Path(block.path).name
    return f'File "{name}", line {error["line"]}\n{error["type"]}: {error["message"]}'


def render_block(block: Block) -> list[str]:
    path, name, runs = block.path, Path(block.path).name, block.runs
    first, last = block.lines
    where = f"line {first}" if first == last else f"lines {first}–{last}"
    out = [
        f"### {block.title} {{#{block.anchor}}}",
        "",
        f"Source {where}.",
        "",
        '=== "Original"',
        "",
        f'    ```python title="Original ({"runs, but see below" if runs else "does not run"})"',
        f'    --8<-- "originals/{path}"',
        "    ```",
        "",
        '=== "Corrected"',
        "",
        f'    ```python title="{name}"',
        f'    --8<-- "{path}"',
        "    ```",
        "",
    ]
    if runs:
        out += ["Run as is, the original raises nothing. What is still wrong:", ""]
    else:
        out += [
            "Run as is, the original raises:",
            "",
            "```text",
            error_text(block),
            "```",
            "",
            "What is wrong:",
            "",
        ]
    out += [f"- {defect}" for defect in block.defects]
    return out + [""]


def render_blocks(blocks: list[Block]) -> str:
    """The errata page's part on the original code blocks: a table, then one entry each."""
    out = [
        "| Objective | Block | Run as is |",
        "| --- | --- | --- |",
    ]
    for block in blocks:
        result = "runs" if block.runs else f"`{block.error['type']}` (line {block.error['line']})"
        out.append(f"| {block.section} | [{block.title}](#{block.anchor}) | {result} |")
    out.append("")
    pages = {lesson.number: lesson.page.name for lesson in PROJECT.lessons()}
    section = None
    for block in blocks:
        if block.section != section:
            section = block.section
            heading = HEADINGS[section]
            out += [
                f"## {section}. {heading}",
                "",
                f"Corrected lesson: [{heading}]({pages[section]}).",
                "",
            ]
        out += render_block(block)
    return "\n".join(out)
