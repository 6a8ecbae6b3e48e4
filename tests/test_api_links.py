"""The links from Keras API names to keras.io (includes/keras_api.toml, render/api_links.py)."""

from __future__ import annotations

import importlib
import inspect

import pytest

from render import api_links
from tests import quotas
from verify.layout import PROJECT

# Where a name the prose writes may live in Keras.
NAMESPACES = ("keras", "keras.layers", "keras.callbacks", "keras.optimizers", "keras.losses")
NAMESPACES += ("keras.metrics", "keras.regularizers", "keras.utils", "keras.Model")


def resolve(dotted: str):
    module, _, rest = dotted.partition(".")
    found = importlib.import_module(module)
    for part in rest.split(".") if rest else []:
        found = getattr(found, part)
    return found


def names_keras(name: str) -> bool:
    """Whether a name from the prose is an attribute of one of Keras' public namespaces."""
    for namespace in NAMESPACES:
        try:
            resolve(f"{namespace}.{name}")
        except AttributeError:
            continue
        return True
    return False


def page_entries() -> dict[str, dict]:
    """A page's own targets for names: page (its path under docs/, less ".md") -> entries."""
    return api_links.table().get("pages", {})


def entries():
    """The site-wide map, then each page's own entries: (where, name, entry)."""
    found = [("site", name, entry) for name, entry in api_links.table()["links"].items()]
    for page, own in page_entries().items():
        found += [(page, name, entry) for name, entry in own.items()]
    return [pytest.param(*entry, id=f"{entry[0]}-{entry[1]}") for entry in found]


@pytest.mark.parametrize("where,name,entry", entries())
def test_mapped_name_exists_in_the_installed_keras(where, name, entry):
    found = resolve(entry["object"])
    if "argument" in entry:  # an argument of the object: its page documents it
        assert entry["argument"] == name
        assert name in inspect.signature(found).parameters, f"{entry['object']} has no {name}"
    else:
        assert entry["object"].rsplit(".", 1)[-1] == name.rsplit(".", 1)[-1], entry
    assert entry["url"].startswith("https://keras.io/api/") and entry["url"].count("#") <= 1


def test_map_and_exemptions_do_not_overlap():
    for page in [None, *page_entries()]:
        assert set(api_links.links(page)) & api_links.exempt() == set(), page


@pytest.mark.parametrize("page", sorted(page_entries()))
def test_a_page_links_its_own_targets(site_dir, page):
    """The page exists, and its first mention of each name links its own target."""
    assert (PROJECT.docs / f"{page}.md").is_file(), f"[pages.{page!r}]: no docs/{page}.md"
    html = (site_dir / page / "index.html").read_text(encoding="utf-8")
    for name, entry in page_entries()[page].items():
        assert f'<a href="{entry["url"]}"><code>{name}</code></a>' in html, f"{page}: {name}"


def test_keras_names_in_the_prose_are_linked_or_exempt(site_dir, lesson):
    html = (site_dir / lesson.page_name / "index.html").read_text(encoding="utf-8")
    named = {name for _, name in api_links.prose_code(html) if name and names_keras(name)}
    unlinked = sorted(named - set(api_links.links(lesson.page_name)) - api_links.exempt())
    assert unlinked == [], (
        f"{lesson.page_name}: Keras names neither linked nor exempt in includes/keras_api.toml"
    )
    known = api_links.links(lesson.page_name).values()
    linked = {url for url in (entry["url"] for entry in known) if url in html}
    assert html.count('<a href="https://keras.io/api/') >= quotas.API_LINKS_PER_LESSON, (
        f"{lesson.page_name} links fewer than {quotas.API_LINKS_PER_LESSON} Keras names: {linked}"
    )
