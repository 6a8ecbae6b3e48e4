"""The source's original code blocks and what running each one raises: ``errata/errors.toml``.

``errata/originals/<path>`` is a block of the source, verbatim; ``snippets/<path>`` is its
correction. The errata page (made by ``make errata``), the lesson pages' links to it and the
errata tests all read the blocks through :func:`load_blocks`.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from verify.layout import PROJECT, Layout


@dataclasses.dataclass(frozen=True)
class Block:
    path: (
        str  # NN_<slug>/name.py: the original under errata/originals/, the snippet under snippets/
    )
    title: str
    section: int  # the lesson number
    lines: tuple[int, int]  # first and last line in errata/source.txt
    defects: tuple[str, ...]
    runs: bool = False  # the original raises nothing (its defects are subtler)
    error: dict | None = None  # {"type", "message", "line"}: what running it raises

    @property
    def id(self) -> str:
        return self.path.removesuffix(".py")

    @property
    def anchor(self) -> str:
        """The block's heading id on the errata page."""
        return f"{self.section:02d}-{Path(self.path).stem.replace('_', '-')}"

    @property
    def lesson_name(self) -> str:
        return self.path.split("/")[0]


def load_blocks(layout: Layout = PROJECT) -> list[Block]:
    with (layout.errata / "errors.toml").open("rb") as f:
        entries = tomllib.load(f)["block"]
    return [
        Block(**{**entry, "lines": tuple(entry["lines"]), "defects": tuple(entry["defects"])})
        for entry in entries
    ]
