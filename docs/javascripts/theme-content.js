/* Open the content tab that the address's #hash points at (and, with the content.tabs.link
 * feature, the tabs the reader chose before): Material for MkDocs'
 * partials/javascripts/content.html (MIT, Martin Donath), moved out of inline scripts so the
 * Content-Security-Policy can forbid those.
 */
(function () {
  if (document.currentScript && document.currentScript.hasAttribute("data-tabs-link")) {
    var tabs = __md_get("__tabs");
    if (Array.isArray(tabs)) {
      document.querySelectorAll(".tabbed-set").forEach(function (set) {
        var labels = set.querySelector(".tabbed-labels");
        var done = false;
        tabs.forEach(function (tab) {
          Array.prototype.forEach.call(labels.getElementsByTagName("label"), function (label) {
            if (!done && label.innerText.trim() === tab) {
              document.getElementById(label.htmlFor).checked = true;
              done = true;
            }
          });
        });
      });
    }
  }
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
