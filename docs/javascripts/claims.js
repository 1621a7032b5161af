// Myths and facts: each claim is folded (<details>). A link to one claim, from another page
// or a search result, must show it open, also when the theme swaps pages in without a reload.
(function () {
  "use strict";
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var folded = target && target.closest("details");
    if (folded && !folded.open) {
      folded.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(openTarget);
  } else {
    document.addEventListener("DOMContentLoaded", openTarget);
  }
})();
