// What axe-core asks of the pages that Material and mkdocs-jupyter render
// (tests/test_browser.py runs it on every page).

// Material's search dialog has no accessible name; screen readers announce it as "Search".
document.querySelectorAll(".md-search[role=dialog]").forEach((dialog) => {
  dialog.setAttribute("aria-label", "Search");
});

// A region that scrolls must be reachable with the keyboard: wide tables, notebook cells.
const SCROLLABLE =
  ".md-typeset__scrollwrap, .jp-InputArea-editor .highlight-ipynb, .jp-OutputArea-output pre";

function label(root) {
  root.querySelectorAll(SCROLLABLE).forEach((region) => {
    if (!region.hasAttribute("tabindex")) region.setAttribute("tabindex", "0");
  });
  // Material gives each code block a navigation landmark for its buttons; landmarks of one
  // kind need names that tell them apart.
  root.querySelectorAll("nav.md-code__nav:not([aria-label])").forEach((nav) => {
    const title = nav.closest(".highlight")?.querySelector(".filename")?.textContent;
    const index = [...document.querySelectorAll("nav.md-code__nav")].indexOf(nav) + 1;
    nav.setAttribute("aria-label", `Code block ${index}${title ? ` (${title})` : ""}`);
  });
}

label(document);
// Material adds the code blocks' buttons after this script has run.
new MutationObserver(() => label(document)).observe(document.body, {
  childList: true,
  subtree: true,
});
