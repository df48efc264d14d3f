// claimgraph curation: turns a selection in the document's text into the anchor an edit sends
// (start and end in Unicode code points, end exclusive, and the exact quote). The server checks them against its text.
"use strict";
(function () {
  const text = document.getElementById("document-text");
  if (!text) return;
  let chosen = null;

  function codePoints(value) {
    return Array.from(value).length;
  }

  function selectionInText() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const quote = range.toString();
    const start = codePoints(before.toString());
    return { start: start, end: start + codePoints(quote), quote: quote };
  }

  document.addEventListener("selectionchange", function () {
    const found = selectionInText();
    if (found) chosen = found;
  });

  document.querySelectorAll("button.use-selection").forEach(function (button) {
    button.addEventListener("click", function () {
      const form = button.closest("form");
      const status = form.querySelector(".selection-status");
      const found = selectionInText() || chosen;
      if (!found) {
        status.textContent = "Select the words of the quote in the document's text first.";
        return;
      }
      form.elements.start.value = String(found.start);
      form.elements.end.value = String(found.end);
      form.elements.quote.value = found.quote;
      status.textContent = "Anchor set to code points " + found.start + " to " + found.end + ".";
    });
  });
})();
