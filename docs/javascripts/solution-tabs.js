// A solution opens on the backend the reader picked: Material links the output tabs of a page
// (content.tabs.link), but not those inside a closed "Solution" block, so on opening one its
// tabs take the choice that the page's other tabs show.
document.querySelectorAll("details").forEach((details) => {
  details.addEventListener("toggle", () => {
    const shown = [...document.querySelectorAll(".tabbed-set")].find((set) => !set.closest("details"));
    const picked = shown?.querySelector(`:scope > .tabbed-labels > label[for="${shown.querySelector(":scope > input:checked")?.id}"]`);
    if (!details.open || !picked) return;
    details.querySelectorAll(".tabbed-set").forEach((set) => {
      const label = [...set.querySelectorAll(":scope > .tabbed-labels > label")].find(
        (candidate) => candidate.textContent.trim() === picked.textContent.trim(),
      );
      if (label) document.getElementById(label.htmlFor).checked = true;
    });
  });
});
