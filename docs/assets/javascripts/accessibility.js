/* Accessibility fixes on top of Material for MkDocs 9.8.1, checked with axe-core by
   tests/test_browser.py. Loaded in <head> (mkdocs.yml, extra.polyfills), so the style is in
   place before the first paint. A script rather than a theme override: it travels with docs/. */
(function () {
  // Links in running text are told apart by more than their colour (WCAG 1.4.1; axe
  // link-in-text-block): the theme's link colour is too close to the text's.
  var style = document.createElement("style");
  style.textContent =
    ".md-typeset :is(p, li, td, dd, figcaption) a:not(.headerlink, .archive-pilcrow, .footnote-backref)" +
    " { text-decoration: underline; text-underline-offset: 0.15em; }";
  document.head.appendChild(style);
  // The search dialog gets an accessible name (axe aria-dialog-name).
  document.addEventListener("DOMContentLoaded", function () {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) {
      var input = dialog.querySelector(".md-search__input");
      dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Search");
    }
  });
})();
