// Notebook pages have no math: mkdocs-jupyter needs a MathJax URL, and this local file keeps
// the page from loading one from a CDN (or, with an empty URL, itself as a script).
