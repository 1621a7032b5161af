/* The "Is it a cramp?" guide, one question at a time.
 *
 * Works on <div data-nc-guide>: its steps ([data-nc-step]) and ends ([data-nc-end]) are all
 * on the page, and every answer is a link (a[data-nc-go]) to the step or end it leads to, so
 * without JavaScript the page is a plain list of questions. Here only one step or end shows
 * at a time; Back and Start again go back, and focus moves to the new question's heading so a
 * screen reader reads it. Runs inside Material's document$ so it also runs after instant
 * navigation; each guide is set up once.
 */
(function () {
  "use strict";

  function setUp(guide) {
    if (guide.hasAttribute("data-nc-ready")) return;
    var start = guide.getAttribute("data-nc-start");
    var panels = Array.prototype.slice.call(guide.querySelectorAll("[data-nc-step], [data-nc-end]"));
    if (!start || !document.getElementById(start)) return;
    guide.setAttribute("data-nc-ready", "");
    guide.classList.add("nc-guide--stepped");
    var trail = [];
    var current = start;

    var bar = document.createElement("div");
    bar.className = "nc-guide__controls";
    var back = document.createElement("button");
    back.type = "button";
    back.className = "md-button nc-guide__back";
    back.textContent = "Back";
    var again = document.createElement("button");
    again.type = "button";
    again.className = "md-button nc-guide__again";
    again.textContent = "Start again";
    bar.appendChild(back);
    bar.appendChild(again);
    guide.appendChild(bar);

    function show(id, focus) {
      current = id;
      panels.forEach(function (panel) { panel.hidden = panel.id !== id; });
      back.hidden = trail.length === 0;
      again.hidden = id === start;
      bar.hidden = back.hidden && again.hidden;
      if (focus) {
        var heading = document.getElementById(id).querySelector("h2, h3");
        if (heading) heading.focus();
      }
    }

    guide.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-nc-go]");
      if (!link || !guide.contains(link)) return;
      var id = decodeURIComponent(link.hash.slice(1));
      if (!document.getElementById(id)) return;
      /* Keep the theme's instant navigation from treating the answer as a page link. */
      event.preventDefault();
      event.stopPropagation();
      trail.push(current);
      show(id, true);
    });
    back.addEventListener("click", function () {
      if (trail.length) show(trail.pop(), true);
    });
    again.addEventListener("click", function () {
      trail = [];
      show(start, true);
    });
    /* A link from elsewhere to one question (guide/#guide-question-...) opens at it. */
    var wanted = decodeURIComponent(window.location.hash.slice(1));
    var linked = panels.some(function (panel) { return panel.id === wanted; });
    if (linked && wanted !== start) {
      trail = [start];
      show(wanted, false);
    } else {
      show(start, false);
    }
  }

  function init() {
    document.querySelectorAll("[data-nc-guide]").forEach(setUp);
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
