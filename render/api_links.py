"""Links from the pages' Keras API names to keras.io, made at build time from one map.

``includes/keras_api.toml`` maps a name (``Dense``, ``fit``, ``EarlyStopping``...) to the Keras
object it names and its keras.io page. The build hook calls :func:`link_first_mentions` on each
page's HTML: the first inline ``<code>`` of each mapped name in the prose (not in a heading, a
code block or a link already) becomes a link; a page may map a name to its own target
(``[pages."14-predict"]``: its ``batch_size`` is predict's). Plain links: no request to
keras.io on load.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from verify.layout import PROJECT

FILE = PROJECT.root / "includes" / "keras_api.toml"
NAME = re.compile(r"[A-Za-z_][\w.]*")
# What the prose writes before a name: keras.layers.Dense, layers.Dense, model.fit...
PREFIXES = re.compile(
    r"^(?:keras\.)?(?:layers|callbacks|optimizers|metrics|losses|regularizers|utils|model)\."
)
# An opening or closing tag that code must not be linked inside, or an inline code span.
TOKEN = re.compile(r"<(/?)(a|pre|h[1-6]|summary)\b[^>]*>|<code>([^<]+)</code>")


@cache
def table() -> dict:
    return tomllib.loads(FILE.read_text(encoding="utf-8"))


def links(page: str | None = None) -> dict[str, dict[str, str]]:
    """The map, with the entries of ``page`` (its file name less ".md") where it has its own."""
    return {**table()["links"], **table().get("pages", {}).get(page, {})}


def exempt() -> set[str]:
    return set(table()["exempt"]["names"])


def canonical(code: str) -> str | None:
    """``model.fit()`` -> ``fit``, ``keras.layers.Dense`` -> ``Dense``; None if no name."""
    name = code.removesuffix("()")
    if not NAME.fullmatch(name):
        return None
    return PREFIXES.sub("", name).removeprefix("keras.")


def prose_code(html: str):
    """(match, canonical name) of each inline code span in the prose, in page order."""
    depth = 0
    for token in TOKEN.finditer(html):
        if token[2]:
            depth += -1 if token[1] else 1
        elif depth == 0:
            yield token, canonical(token[3])


def link_first_mentions(html: str, page: str | None = None) -> str:
    known, linked, parts, end = links(page), set(), [], 0
    for token, name in list(prose_code(html)):
        if name in known and name not in linked:
            linked.add(name)
            parts += [html[end : token.start()], f'<a href="{known[name]["url"]}">{token[0]}</a>']
            end = token.end()
    return "".join(parts) + html[end:]
