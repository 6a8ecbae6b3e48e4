"""Build-time rendering: what the pages show, derived from the committed measurements.

``make outputs`` commits what runs measured (each snippet's output per backend, the verified
records, the plots, the notebooks); this package turns them into Markdown while the site is
built, through a Python-Markdown extension (:mod:`render.markdown`), which MkDocs and Zensical
both run. It imports no Keras: building the site needs none.

    render.snippets   a snippet line: the code, its output per backend, its plot
    render.notes      the Verified note of a lesson page, the home page's versions note
    render.errata     the errata page's part on each original code block
    render.compatibility  each lesson's measured range, the Compatibility page's matrix
    render.markdown   the extension: the directive lines, and which module renders each

and, for the MkDocs hook (overrides/hooks.py): api_links (first mentions of Keras names linked
to keras.io), glossary (includes/abbreviations.md), print_course (mends /print_page/),
notebook_toc (a notebook page's table of contents from its rendered headings).
"""
